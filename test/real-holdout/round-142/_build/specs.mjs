// Gold specs for holdout round 142, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 141, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (property management: a skills contest's 致辞 with spam glued
// into its sentences and 首先/其次, a training series' 讲话 with a two-line title, a pinyin mirror's 演讲
// titled with no genre, a forum transcript with a three-line title and speaker labels; a writing guide and a
// 奖惩制度 as look-alikes; 01–06), specs-b.mjs (electric power: a traditional press lead over a 致辞, a
// 讲话 under a betting brand's source line, a one-line 致辞 at a basketball meet; a news report with
// 一是要–三是要, a 通知 and a novel as look-alikes; 07–12), specs-c.mjs (film and theatre: an awards
// 讲话 with a letter-spaced two-line title, a film academy's 致辞 under a banner line, a graduation 讲话
// with no title, a book's 贺词 with a dash subtitle; a 观后感 and a 通知 as look-alikes; 13–18). Eleven
// speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
