// Gold specs for holdout round 197, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 198, one file each, the six helpers reading
// both rounds' claims lists of hosts and checking each host with scripts/holdout-hosts.mjs. The round aimed at kinds of
// site: specs-a.mjs (document viewers: none found on a new host, so a mirror framing a writers' association's 发言 like a
// viewer's file card, two Hong Kong schools' 校長的話; two hospital reports as look-alikes; 01, 03–06 — 02 dropped at the
// merge as 01's twin), specs-b.mjs (government portals: a district head's 新年贺词 under the portal's crumb; five reports
// and a signed article as look-alikes; 07–12), specs-c.mjs (company sites: a 新年贺词 under a stock-code bar, a call-centre
// executive's 演讲 after a press lead, a forum 演讲 on a pinyin mirror; three company reports as look-alikes; 13–18).
// Seven speeches in seventeen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
