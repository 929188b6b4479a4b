// Gold specs for holdout round 131, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 132, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (housing provident funds: no speech on a fresh host, so six
// look-alikes: reports with inline 一是–三是, a traditional pinyin mirror with 首先/其次, a novel's
// quoted 发言, a key handover, a union's relay of a speech; 01–06), specs-b.mjs (dragon boat races: an
// English host script with its applause; a 竞赛规程, two reports and a novel as look-alikes; 08–12, its 07
// set aside at the merge as a twin), specs-c.mjs (child welfare: a forum 致辞 whose headline names the
// speaker before a colon, a traditional pinyin 致辞 under a news lead; three reports and a 范文 farm's
// repost as look-alikes; 13–18). Three speeches in seventeen pages. Each file's head says how build.mjs
// applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
