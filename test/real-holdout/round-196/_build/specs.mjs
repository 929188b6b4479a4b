// Gold specs for holdout round 196, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 195, one file each, the six helpers reading
// both rounds' claims lists of hosts and checking each host with scripts/holdout-hosts.mjs: specs-a.mjs (traditional-script
// mirrors: a Hong Kong blog's repost of a New Year 演辭 under its press lead, page 2 of a 講話 on a converter mirror, a
// Hong Kong school's morning-assembly talks, a Taiwanese school's lunchtime broadcast script; a report and a collection of
// quotations with pinyin as look-alikes; 01–06), specs-b.mjs (forums, Q&A sites and blogs: an association's 致辞 with 一是–四是
// inline, a 演讲 with its topic glued to the greeting; a forum letter, a portal's report, an alumni essay and a record
// page as look-alikes; 07–12), specs-c.mjs (flood control, emergencies and disaster relief: a 演讲 with no title, a
// 发言稿 under a language label; a drill plan, two reports and a novel as look-alikes; 13–18). Eight speeches in eighteen
// pages: the parts report their themes' speeches on used hosts or twins. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
