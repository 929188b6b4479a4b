// Gold specs for holdout round 146, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 145, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (textiles and garments: a trade portal's archived 讲话 flattened
// onto one line, a mayor's 主题发言 under a press lead closing "全文如下:", a pinyin mirror's 讲话 with a
// two-line title, a summit 致辞 on one line under a lead; a DESTOON report and a factory's 厂规 as look-alikes;
// 01–06), specs-b.mjs (pharmaceuticals and traditional medicine: a forum 开幕词 with a character missing from
// its title, a students' festival 讲话 on a portal mirror, a graduation 讲话 with spam glued into its title
// and an expander, a converter mirror's 讲话 under a quote headline; two news reports as look-alikes; 07–12),
// specs-c.mjs (express delivery and logistics: an interpreting lesson's 演讲, a Youth Day 讲话 with digit
// points, an e-paper's Post Day 致辞; a report, a novel and an essay as look-alikes; 13–18). Eleven speeches in
// eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
