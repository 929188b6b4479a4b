// Gold specs for holdout round 126, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 125, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (teachers' ethics: a 教师节 讲话 with its date line and bare
// byline, an untitled 致辞, a traditional 講話 on an article's sixth page with "(6)" glued to its title, a
// 演讲稿 on a collection page under a promo and "(篇1)"; a traditional 心得 with pinyin and a report as
// look-alikes; 01–06), specs-b.mjs (business schools: an EMBA dean's 讲话 under a column prefix, a
// teacher's 发言 with block 第一/第二/第三, a traditional pinyin mirror's 发言 with 首先/其次 under a lead
// printed twice, a forum 致辞 under a press lead and image file names; a report with 一要–三要 and an
// admissions guide as look-alikes; 07–12), specs-c.mjs (arts festivals and concerts: a traditional 演講稿
// under a section label, a principal's gala 致辞 with his bare name, an opening 致辞 on a journal page;
// a report with 第一–第三, a traditional novel with pinyin and garbled runs and a 贺电 as look-alikes;
// 13–18). Eleven speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
