// Gold specs for holdout round 192, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 191, one file each, the six helpers reading
// both rounds' claims lists of hosts and checking each host with scripts/holdout-hosts.mjs: specs-a.mjs (kindergartens: a
// 六一 主持词 on a pinyin mirror cut inside its salutation, a collection of 演讲稿 with 篇1/篇2, a graduation 致辞 in a
// chatbot's answer; three kindergarten news reports as look-alikes; 01–06), specs-b.mjs (courts, procuratorates and police:
// a police instructor's 国旗下讲话 under a bilingual school lead, a chief procurator's new-year message; two novels, a news
// report and an essay as look-alikes; 07–12), specs-c.mjs (overseas Chinese associations: a 侨联 gathering's 主持词; four
// reports and a declaration as look-alikes; 13–18). Six speeches in eighteen pages. Each file's head says how build.mjs
// applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
