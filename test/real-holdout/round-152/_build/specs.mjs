// Gold specs for holdout round 152, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 151, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (desert control and tree planting: four Arbor Day school
// talks — on a software-download site, on two traditional mirrors, on a school site with no noise; two
// news reports as look-alikes; 01–06), specs-b.mjs (the ocean and maritime days: a fisheries director's
// 致辞 and a maritime university's opening 讲话 with no title, a vice mayor's bilingual 致辞; a news
// report, a novel chapter and a forum's 思想报告 as look-alikes; 07–12), specs-c.mjs (domestic services and
// care work: six look-alikes — a bulletin, four news reports and a first-person account — as no speech on
// the theme stood on a new host; 13–18). Seven speeches in eighteen pages. Each file's head says how
// build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
