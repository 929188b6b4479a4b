// Gold specs for holdout round 22, written from page.txt alone, before any engine ran on it. The
// round was made in three parts, one file each: specs-a.mjs (schools and youth, 01–06), specs-b.mjs
// (enterprises and the economy, 07–12), specs-c.mjs (competitions, posts and pledges, 13–18).
// Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
