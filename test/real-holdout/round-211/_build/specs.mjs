// Gold specs for holdout round 211, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 212, one file each, the six helpers reading
// both rounds' claims lists of hosts and checking each host with scripts/holdout-hosts.mjs: specs-a.mjs (Hong Kong and
// Macau pages of speeches: a Macau bureau's 致词, a justice department's 致辭 with its paragraph numbers, a council's
// record of debate turns, a concern group's excerpts; two Macau reports as look-alikes; 01–06), specs-b.mjs (Taiwanese
// sites: a foundation chairman's address, a Rotary president's report, a campaign speech under its press label; a radio
// report, a column and a township report as look-alikes; 07–12), specs-c.mjs (converted documents sought, none found on a
// new host: a principal's 六一 致辞, a chairman's message on a converter mirror, a government's 新春贺辞; a hospital's
// message, a novel chapter and a press feature as look-alikes; 13–18). Ten speeches in eighteen pages. Each file's head
// says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
