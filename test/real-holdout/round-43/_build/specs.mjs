// Gold specs for holdout round 43, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time, one file each, the three helpers sharing one
// claims list of hosts: specs-a.mjs (economy and industry: a 致辞 at an investment conference, a
// speech at an investment fair printed twice with its byline and a blank-day date, a ground-breaking
// speech under a site's title, nav and editor lines; news reports of signing ceremonies and a
// traditional pinyin mirror's news brief as look-alikes; 01–06), specs-b.mjs (health, emergencies and
// public safety: a drill 总结讲话 glued to its salutation, an epidemic speech under a disclaimer, a
// mayor's typhoon 动员讲话 under a news headline, a flood speech inside an e-book chapter; a
// one-line news report and a property company's 倡议书 as look-alikes; 07–12), specs-c.mjs (youth,
// women and volunteers: a 少代会 主持词 under a piece heading, a 三八 座谈会 speech through a character
// jammer, a youth-league plenary speech with no title, a 1993 三八 speech under a headline and meta
// line; a league news item and a 入团申请书 as look-alikes; 13–18). Each file's head says how build.mjs
// applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
