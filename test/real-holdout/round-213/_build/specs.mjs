// Gold specs for holdout round 213, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 214, one file each, the six helpers reading
// both rounds' claims lists of hosts and checking each host with scripts/holdout-hosts.mjs: specs-a.mjs (overseas Chinese
// sites: a Singapore ministry's 致辞 with numbered paragraphs, a Malaysian school's 献词, a Singapore school's graduation
// 演讲, a Malaysian education body's 讲词; a Thai and an Indonesian report as look-alikes; 01–06), specs-b.mjs
// (vocational colleges: a skills contest's 发言, a portal's 致辞 under a news headline, a collection page's 致辞, a 讲话
// under an example's preface; a pinyin mirror's report and a school report as look-alikes; 07–12), specs-c.mjs (hospital
// sites: a hospital newsletter's 致詞, a 贺词, a hospital's 致辞; a report, a commendation decision and a report as
// look-alikes; 13–18). Eleven speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
