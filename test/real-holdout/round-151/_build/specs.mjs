// Gold specs for holdout round 151, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 152, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (semiconductors and chips: a fab's groundbreaking 致词
// under a press lead, a ministry official's 讲话 on a pinyin mirror; three news reports and a thank-you
// letter as look-alikes; 01–06), specs-b.mjs (artificial intelligence: a dean's 致辞 under an old-browser
// banner, an academician's 演讲 under a press lead, a student's 发言 on a casino mirror, a writer's yearly
// talk on one line; a novel chapter and a 通知 issuing a plan as look-alikes; 07–12), specs-c.mjs
// (e-commerce and live-streaming: page 9 of a CEO's talk on a pinyin mirror, a keynote under its label, a
// moderator's roundtable opening; a novel chapter, a plan and a news report as look-alikes; 13–18). Nine
// speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
