// Gold specs for holdout round 124, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 123, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (training of new farmers: one untitled-noise 结业典礼 讲话 with
// a lone 首先 and a closing 最后; four reports and a journal record naming a 讲话 as look-alikes; 01–06),
// specs-b.mjs (scholarships and student aid: a county paper's e-paper 讲话 with a block 一、, a two-line
// title over a semicolon salutation, a student's 发言 under a school's report and "附:讲话发言稿"; two
// reports and a 感谢信 as look-alikes; 07–12), specs-c.mjs (book launches and literary seminars: a lecture
// with 一、 and two runs of 第一/第二/第三, a Nobel banquet 致辞 as a novel site's chapter, an author's
// launch 致辞 reposted on a forum, a traditional 得獎感言; a report on a hijacked page with a casino brand
// and a traditional essay with pinyin as look-alikes; 13–18). Eight speeches in eighteen pages. Each
// file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
