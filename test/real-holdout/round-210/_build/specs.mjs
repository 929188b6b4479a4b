// Gold specs for holdout round 210, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 209, one file each: specs-a.mjs (training classes: a cadre
// class's opening 讲话 on a pinyin mirror, two school-opening 讲话 as the theme ran dry; a report and a collection whose
// first piece is a report as look-alikes; 01–06, 04 dropped at the merge: its host was named by round 109), specs-b.mjs
// (school anniversaries and alumni: a pinyin mirror's collection piece, three alumni 发言 and a reunion 感言; a report and a
// novel as look-alikes; 07–12), specs-c.mjs (chambers of commerce: a chamber's 讲话 with its title wrapped into the meta
// run, a press page's 欢迎词 after its lead; a report, an essay contest entry, an essay and a novel as look-alikes; 13–18).
// Nine speeches in seventeen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
