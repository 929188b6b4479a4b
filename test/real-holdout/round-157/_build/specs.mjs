// Gold specs for holdout round 157, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 158, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (Mid-Autumn and the Double Ninth: a generated 重阳节
// 致辞 with block 1./2./3. and a site FAQ tail, a vice-governor's 讲话 to a seniors' sports congress under
// a casino-branded title; a Malaysian news report quoting first-person remarks, a novel chapter, a news
// report with (一)/(二) legends and a report on a pinyin mirror as look-alikes; 01–06), specs-b.mjs
// (Qingming and martyrs' memorials: a 祭扫 work meeting's 讲话 with 一、…五、, a cemetery 讲话 run through
// a synonym spinner, two pupils' 国旗下讲话, one with a school CMS's headline and week label, one with a
// scanned document's slips; a news report and a 活动方案 as look-alikes; 07–12), specs-c.mjs (sanitation
// and garbage sorting: a county 讲话 opening at "同志們:" with names starred out, a student's 发言 with
// block 首先/其次/最后; a 慰问信, a forum report, a company's "总经理致辞" about page and a novel chapter as
// look-alikes; 13–18). Eight speeches in eighteen pages. Each file's head says how build.mjs applies the
// steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
