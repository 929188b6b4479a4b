// Gold specs for holdout round 38, written from page.txt alone, before any engine ran on it. The
// round was made in three parts, one file each (made at the same time as round 39's, the six helpers
// sharing one claims list of hosts), each aimed at a kind of site rather than a topic: specs-a.mjs
// (government portals: a county head's New Year 贺词 under a portal's lead, the Macao chief executive's
// 献辞 flattened on one line and a bureau's 賀辭, a traditional mirror's 新春致辞 with no title; a
// township's 政府工作报告 and a health commission's news report as look-alikes; 01–06), specs-b.mjs
// (school and university sites: a 国旗下讲话 in a forum's print view with eleven headings, a pupil's
// flag-ceremony talk on a hijacked school site, a kindergarten child's talk with image file names, a
// head's opening address under a generic headline; a college news report with a casino brand and a
// university 通知 as look-alikes; 07–12), specs-c.mjs (news portals and e-papers: a traditional
// pinyin copy of an Expo speech under an agency lead, a 现场实录 with a dash point, a 论述摘编 on one
// line, an agency release with a caption and dateline; an e-paper report and a commentary as
// look-alikes; 13–18). Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
