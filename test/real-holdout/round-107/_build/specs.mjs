// Gold specs for holdout round 107, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 108, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (discipline inspection: no speech on a fresh host; a
// newspaper's report of a 警示教育大会, a traditional pinyin mirror of a 通报 on one line, a novel whose
// secretary says “第二个,…”, a school's report of a 党课 with its four points inline, a county's report
// quoting its secretary after "强调——" and an article with a block 二是, all look-alikes; 01–06),
// specs-b.mjs (party organisation work: a paid 文秘 site's 讲话 with a coded title, a price line and an
// uploader's length line; a traditional pinyin 致辞 titled twice over its dash subtitle; a school
// party site's 讲话 under a "――" byline; a forum's report with inline 一是要, a 通知 on 发展党员 under
// a document header and an 入党思想汇报 opening "敬爱的党组织:" as look-alikes; 07–12), specs-c.mjs
// (employment and talent: a traditional pinyin 致辞 to graduates on one line, an English 演讲稿 on a
// 范文 site; a provincial bureau's report with 一是…四是, a county's 推进会 report, a 通知 with an
// addressee and a novel's recruitment talk as look-alikes; 13–18). Five speeches in eighteen pages.
// Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
