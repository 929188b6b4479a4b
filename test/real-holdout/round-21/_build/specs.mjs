// Gold specs for holdout round 21, written from page.txt alone, before any engine ran on it. The
// round was made in three parts, one file each: specs-a.mjs (party and government work speeches and
// their look-alikes, 01–06), specs-b.mjs (hosts' scripts and ceremonial openings and closings, 07–12),
// specs-c.mjs (pages that fight the reader: 文库 viewers, share footers, glued site strings, mirrors, 13–18).
// Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
