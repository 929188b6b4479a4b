// Gold specs for holdout round 68, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time, one file each, the three helpers sharing one
// claims list of hosts and reading round 67's: specs-a.mjs (science and technology associations
// and research institutes: a director's 致辞 at an institute's founding on a commentary site, a
// traditional mirror's 贺词 with a leaked tag and a bare view count, a pupil's 国旗下 talk on scientists
// on a school site hijacked by a casino brand; a mis-encoded report of a 科协 annual meeting and a
// novel's chapter on a 科协 meeting as look-alikes; 01–06), specs-b.mjs (courts, procuratorates
// and judicial administration: a ministry's 讲话 under bare nav lines and a tagged title, a court
// president's 讲话 as the first piece of a 心得体会 collection, a lawyers' forum's closing 发言 with
// an "author:title" headline, a justice bureau chief's address under a pinyin mirror's masthead; a
// pinyin court novel and a report of judges' swearing-in as look-alikes; 07–12), specs-c.mjs
// (civil aviation, water conservancy and veterans affairs: a vice minister's 讲话 under a two-line
// headline, a school's 世界水日 国旗下讲话 with no title, a traditional 八一 address run through a
// synonym spinner, a soldier's send-off 发言稿 with its title glued to the first sentence; a
// veterans bureau's open letter and an airport meeting's report as look-alikes; 13–18). Eleven
// speeches in seventeen pages (an academy president's anniversary speech set aside at the merge: its
// institute's CMS is round 52's 13's); no 民航 speech was found on an unused host. Each file's head says how
// build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
