// Gold specs for holdout round 180, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 179, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (Mid-Autumn and National Day: a 致辞 with no title under a
// couplet, a fireworks show's 演辞 under a press lead, a 国旗下讲话 flattened onto one line on a pinyin mirror, a
// generated page's 讲话 with 首先/其次; a forum's news report and a list of greetings as look-alikes; 01–06),
// specs-b.mjs (company anniversaries: a blog's 发言 at a company meeting, a founder's talk with no genre or
// salutation; a news report, a forum's 贺电, a ceremony guide and a novel chapter as look-alikes; 07–12),
// specs-c.mjs (memorials and commemorations: a 讲话 on a pinyin mirror, a 国旗下讲话 on a collection page, a
// school's 升旗主持词 holding a 国旗下讲话, a family rite's 致辞; a school news report and a 祭文 as
// look-alikes; 13–18). Ten speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
