// Gold specs for holdout round 212, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 211: specs-a.mjs (blogs: a programmer's 演讲稿 on his blog, a
// 党课 under its poster's preface, two graduation 发言/讲话 from neighbouring sites; two blog essays as look-alikes;
// 01–06), specs-b.mjs (company and group sites: a brand summit's 讲话实录, a forum's print view of a keynote under its
// lead; a pinyin mirror's report, a founder's blog essay and two reports as look-alikes; 07–12), specs-c.mjs (county,
// township and street sites: no speech found on a new host — a township chief's message, reports and a district
// chief's column quoted in a forum as look-alikes; 13–18). Six speeches in eighteen pages. Each file's head says how
// build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
