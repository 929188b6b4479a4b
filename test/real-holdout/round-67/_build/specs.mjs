// Gold specs for holdout round 67, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time, one file each, the three helpers sharing one
// claims list of hosts: specs-a.mjs (flood control, emergency management and forest fire
// prevention: a geological-disaster training talk on a traditional pinyin mirror under spam and a
// company's contact block, an emergency-management 党课 with no title, a training class's opening on
// a second pinyin mirror, a school's forest-fire talk with 首先/其次 after a colon; a web novel's
// quoted flood-season orders and a forum's mine-drill script as look-alikes; 01–06), specs-b.mjs
// (railways, postal services, customs and ports: a customs official at a port association's
// congress, the post bureau head on a press site, a railway college's graduation address with no
// title, a traditional 1979 speech at a railway centre's lunch under SEO spam; a pinyin novel's
// station-opening speech and a report of a postal speech contest as look-alikes; 07–12),
// specs-c.mjs (united front, trade unions and petition work: a united-front head's speech on his
// department's site, a 信访 speech as a collection's first piece, a Mid-Autumn 致词 with a
// watermark inside a word, a Taiwan labour federation's traditional 致辞 with no title; a workers'
// paper's 侧记 and a novel's 信访 meeting as look-alikes; 13–18). Twelve speeches in eighteen pages.
// Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
