// Gold specs for holdout round 205, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 206, one file each, the six helpers reading
// both rounds' claims lists of hosts and checking each host with scripts/holdout-hosts.mjs: specs-a.mjs (science
// popularisation: a school's week-numbered 国旗下讲话 with a lone 首先; five reports as look-alikes, the theme's speeches on
// used hosts; 01–06), specs-b.mjs (customs, border control and immigration: a Hong Kong customs chief's bilingual 致辞 on a
// pinyin mirror, a border police 演讲稿 with glued anti-copy characters; a memoir, a report, a novel and a signed article as
// look-alikes; 07–12), specs-c.mjs (blood and organ donation: a mother's 发言 among excerpted speeches, a hospital's
// memorial 致辞 on one line of a table; four reports as look-alikes; 13–18). Five speeches in eighteen pages. Each
// file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
