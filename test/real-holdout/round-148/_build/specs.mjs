// Gold specs for holdout round 148, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 147, one file each, the six helpers reading
// both rounds' claims lists of hosts; the search tool's budget for the stop ran out while they searched, so
// these parts hold more look-alikes than speeches: specs-a.mjs (dairy: a pinyin mirror's summit 讲话 on one
// line with mis-encoded runs, page 2 of a group executive's speech; three news reports and a Taiwanese
// association's column as look-alikes; 01–06), specs-b.mjs (fruit festivals: an ambassador's Spring Festival
// 致辞 with a five-line salutation; four news reports, an SEO article and a novel chapter as look-alikes;
// 07–12), specs-c.mjs (astronomy and popular science: six look-alikes, a novel's numbered sheet, four reports
// and an essay; 13–18). Three speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
