// Gold specs for holdout round 41, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time, one file each, the three helpers sharing one
// claims list of hosts: specs-a.mjs (document sites and exported documents: a 党课 on a 党建
// document site, a welcome-dinner 致辞 on a personal site with an ASCII "---" subtitle, a hospital
// director's talk printed as short lines under a site's lead; a guide on drafting speeches in a
// document preview, a textbook chapter on writing official documents and a traditional news report
// of a 党课 as look-alikes; 01–06), specs-b.mjs (party-building and discipline sites: a 党课 with a
// colon-subtitle title, a 机关党建 symposium speech under a category line, a 主持讲话 with a word
// count and starred names, a school's 国旗下讲话 on the party congress; a signed article and a
// university's news report of a 党课 as look-alikes; 07–12), specs-c.mjs (schools and parents: a
// parent's 家长会 发言, a speech reposted on a school site under a hit counter, a pupil's 国旗下讲话
// under menu bars, a Taiwanese principal's welcome on a school blog; a 家长会 notice on a pinyin
// mirror and a school's news item as look-alikes; 13–18). Each file's head says how build.mjs applies
// the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
