// Gold specs for holdout round 156, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 155, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (fisheries and aquatic products: a grain bureau
// chief's 讲话 with 一是 after a comma (prose); a fishing festival's forum report, a novel chapter, a
// shrimp-farming article with 一、 and 1·, an expo report on a pinyin mirror and a safety meeting's report
// as look-alikes; 01–06), specs-b.mjs (dance, folk arts and intangible heritage: a 广场舞 contest's
// 主持词 on a document site, a 文化遗产日 讲话 on a pinyin mirror with no title, a calligraphy show's
// 讲话 in a forum archiver, a student's assembly talk with a lottery keyword where the school's name
// stood; a forum news report and the 非遗法 on a hijacked mirror as look-alikes; 07–12), specs-c.mjs
// (popular science: a science association's New Year 贺词, a morning assembly's 主持词 with a
// principal's 开幕词; a report with block 一是, a report with 一是 after a colon, a popular-science essay
// and a forum report of a flag-raising as look-alikes; 13–18). Seven speeches in eighteen pages. Each
// file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
