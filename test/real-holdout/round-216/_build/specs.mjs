// Gold specs for holdout round 216, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 215, each stopped at twenty minutes short of speeches:
// specs-a.mjs (police, fire brigades and the armed police: no speech found on a new host — three reports and a collection
// of a vice-minister's sayings as look-alikes; 01–04), specs-b.mjs (sports: a martial-arts association's anniversary 致辞
// on a forum; two reports and a novel chapter as look-alikes; 07–10), specs-c.mjs (environment and water bureaus: no
// speech found on a new host — three reports as look-alikes; 13–15). One speech in eleven pages. Each file's head says
// how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
