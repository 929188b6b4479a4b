// Gold specs for holdout round 193, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 194, one file each, the six helpers reading
// both rounds' claims lists of hosts and checking each host with scripts/holdout-hosts.mjs: specs-a.mjs (banking, insurance
// and finance: a forum's welcome 致辞 printed under its title twice; a bankers' association report, a novel, a bank's
// award report, a credit union's anniversary essay and a speech contest's report as look-alikes; 01–06), specs-b.mjs
// (memorials and remembrance: a 清明 talk for the martyrs, a forum copy of a 周恩来 anniversary speech, a class reunion's
// words that mourn its teachers; three reports as look-alikes; 07–12), specs-c.mjs (railways, aviation and power supply:
// a railway builders' 讲话 with its numbers stripped by the site, a track maintenance worker's contest 演讲; an airline
// chairman's letter under a news lead, a grid conference report, a railway commentary and a lecture tour's report as
// look-alikes; 13–18). Six speeches in eighteen pages: the theme's speeches on new hosts ran dry, and each part says
// where it looked. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
