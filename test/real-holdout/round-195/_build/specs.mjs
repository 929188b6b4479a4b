// Gold specs for holdout round 195, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 196, one file each, the six helpers reading
// both rounds' claims lists of hosts and checking each host with scripts/holdout-hosts.mjs: specs-a.mjs (museums,
// exhibitions and calligraphy: a 书法集 launch 讲话 on a pinyin mirror, a museums' joint exhibition 致辞 under an editor's
// note, a school history room's 主持词; a 非遗 report, a calligraphy society's report and a novel as look-alikes; 01–06),
// specs-b.mjs (marathons and sports events: a table-tennis league's 致辞 on a pinyin mirror, a basketball closing 讲话 with
// placeholders, a handover 致辞, a sports meet's 闭幕词; two reports as look-alikes; 07–12), specs-c.mjs (ports, shipping,
// logistics and trade fairs: a logistics conference's 致辞 under a welcome bar and a crumb, a 讲话 with 一是–三是 after a
// colon and semicolons, an anniversary address; two reports and a novel as look-alikes; 13–18). Ten speeches in eighteen
// pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
