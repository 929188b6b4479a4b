// Gold specs for holdout round 23, written from page.txt alone, before any engine ran on it. The
// round was made in three parts, one file each: specs-a.mjs (leaders at work meetings of offices
// earlier rounds touched little: petitions, medical insurance, water, veterans; 01–06), specs-b.mjs
// (ceremonies: banquets, anniversaries, welcomes; 07–12), specs-c.mjs (speakers who are not
// leaders: teachers, students, community workers; 13–18). Each file's head says how build.mjs
// applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
