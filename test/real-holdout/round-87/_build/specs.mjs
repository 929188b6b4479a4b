// Gold specs for holdout round 87, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 88, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (law: a 宪法日 flag-raising talk flattened onto one line
// with its title glued before the salutation and inline "1、…2、…3、", a court clerk's 演讲稿 under a
// court site's header, breadcrumb and font controls, a traditional 競聘演講稿 under the site's generic
// headline with a keyword link planted in a sentence; a procuratorate's report of a 党课 with block
// 一是…三是, a content farm's copy of an oath-ceremony report and a guide to the 判决书 format as
// look-alikes; 01–06), specs-b.mjs (science: a collection page's 演讲稿 under its piece headings, a
// traditional mirror's 新年致辭 with a mojibake run, a 科协 年会 host's opening on a casino-hijacked
// site, an untitled 演讲 with no noise; a forum copy of a 科协 report with jammer strings and a
// traditional institute report as look-alikes; 07–12), specs-c.mjs (defence: a 国防教育日 演讲稿
// under a meta line and a wrong collection's promo, an instructor's 军训 farewell under a bracketed
// title; a 军训 心得 with 首先/其次/最后, a county report with jammer runs, a novel's chapter with a
// glued watermark and a traditional veterans' report as look-alikes; 13–18). Nine speeches in
// eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
