// Gold specs for holdout round 10, written from page.txt alone, before any engine ran on it. The
// round was made in three parts, one file each: specs-a.mjs (document viewers and paywalled pages,
// cases 01–06), specs-b.mjs (template-site speech kinds, 07–12), specs-c.mjs (traditional mirrors
// and look-alikes, 13–18). Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
