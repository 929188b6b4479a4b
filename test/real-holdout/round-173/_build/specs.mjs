// Gold specs for holdout round 173, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 174, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (fire safety: a kindergarten's 国旗下讲话 on a collection
// page under a breadcrumb, QR lines and a promo, a 致辞 on a pinyin mirror with the city blanked; a novel
// chapter, a Q&A page's 总结 and two news reports, one with a random-token brand glued on, as look-alikes;
// 01–06), specs-b.mjs (company rallies: a hospital leader's 讲话 with no title or salutation; a novel
// chapter, a League committee's letter and three news reports as look-alikes; 07–12), specs-c.mjs (exam
// rallies: a counsellor's 发言 under a "--" subtitle, a bilingual 国旗下讲话 with 1、, a collection's 演讲稿 with
// 一、二、三、, a student's 百日誓师 发言; an oath collection and a rally's news report as look-alikes; 13–18).
// Seven speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
