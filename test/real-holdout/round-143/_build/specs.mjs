// Gold specs for holdout round 143, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 144, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (letters and visits: a document site's 讲话 under a page-count
// title with one 一、 heading, a county clerk's contest 演讲稿 flattened onto one line under a column prefix,
// a pinyin mirror's 座谈会 讲话 with no title; a company report under a casino header, a 通告 and a novel as
// look-alikes; 01–06), specs-b.mjs (market supervision and food safety: a forum 致辞 under a "…致辞全文"
// headline and a third-person lead, a 演讲稿 with an inline 首先/其次/最后 run, an English 表态发言 on a city's
// English portal; a ministry official's article, a 工作总结 and a report as look-alikes; 07–12), specs-c.mjs
// (surveying, mapping and land: a 1989 座谈会 讲话 under a headline glued to its meta fields, a 总结讲话 with
// a 一是–三是 preview and an 一、 heading under a long menu, a GIS forum 讲话 under a casino brand line, a
// press page's 演讲实录; a Discuz report and a novel as look-alikes; 13–18). Ten speeches in eighteen pages.
// Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
