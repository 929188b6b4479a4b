// Gold specs for holdout round 204, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 203, one file each, the six helpers reading
// both rounds' claims lists of hosts and checking each host with scripts/holdout-hosts.mjs: specs-a.mjs (construction and
// real estate: a chairman's New Year 致辞 with no address, a 献词 and a 致辞 on traditional pinyin mirrors; three reports
// as look-alikes; 01–06), specs-b.mjs (the internet and e-commerce: a smart-city expo's 致詞 under an editor's note, a
// software launch's 讲话 with 第一,/第二,/第三, a 国旗下演讲 with a betting brand glued in five times; three reports and a
// commentary as look-alikes; 07–12), specs-c.mjs (villages and rural elections: no speech found on a new host — a
// disclosure page, two novels and three reports as look-alikes; 13–18). Six speeches in eighteen pages. Each file's
// head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
