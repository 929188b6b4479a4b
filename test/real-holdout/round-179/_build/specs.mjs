// Gold specs for holdout round 179, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 180, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (school anniversaries and alumni: an alumni president's
// 致辞 under a spaced title and a box-drawn byline, a city alumni association's 讲话, a 校庆演讲稿 on a
// collection page with a hidden-text fold, a university president's graduation 祝福 in traditional script;
// two news reports as look-alikes; 01–06), specs-b.mjs (training courses: a trainee's 发言 under a site's
// Flash notice and news list, a 致辞 with no title and no noise, an ambassador's bilingual 讲话; a news
// report, a training handbook and a 心得 as look-alikes; 07–12), specs-c.mjs (rule of law and legal
// education: a pupil's 宪法日 国旗下讲话 on a ceremony page, a dean's graduation 致辞 under a casino source line,
// a president's 致辞 in an e-paper, a president's 开学典礼 讲话 with dropped figures; an explainer and a
// traditional-script news report as look-alikes; 13–18). Eleven speeches in eighteen pages. Each file's
// head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
