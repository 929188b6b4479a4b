// Gold specs for holdout round 165, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 166, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (grain and food security: a World Food Day 讲话 under a
// piece heading with 首先/其次, a pupil's 国旗下讲话 on saving grain with no title, a 国旗下演讲 on one line
// on a school site served on port 81; a signed article, a 倡议书 and a news report with a portal footer as
// look-alikes; 01–06), specs-b.mjs (cultural tourism: a 讲话 on a pinyin mirror under a byline, a 讲话 at
// a culture-and-tourism congress with 一是/二是/三是; two news reports with captions, a policy article on
// a pinyin mirror and a novel chapter as look-alikes; 07–12), specs-c.mjs (veterans and military
// families: an 八一 讲话 under a breadcrumb with a 推荐访问 tail, a veterans' association's New Year 致辞,
// a veteran's New Year address in a print view; a 慰问信 on a pinyin mirror, a novel chapter and a news
// report under a spam header as look-alikes; 13–18). Eight speeches in eighteen pages. Each file's head
// says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
