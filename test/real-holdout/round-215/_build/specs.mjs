// Gold specs for holdout round 215, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 216, one file each, the six helpers reading
// both rounds' claims lists of hosts and checking each host with scripts/holdout-hosts.mjs; the themes being mined by
// earlier rounds, the parts stopped at twenty minutes short of speeches: specs-a.mjs (libraries, cultural centres and
// reading clubs: a 送读会 致辞 under its site title's repeats, a host's opening of a forum's keynote session; four reports as
// look-alikes; 01–06), specs-b.mjs (credit cooperatives, banks and insurers: no speech found on a new host — five reports
// and a novel as look-alikes; 07–12), specs-c.mjs (WeChat mirrors and content farms: a lecture transcript; a commentary, a
// report and a novel as look-alikes; 13–16). Three speeches in sixteen pages. Each file's head says how build.mjs applies
// the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
