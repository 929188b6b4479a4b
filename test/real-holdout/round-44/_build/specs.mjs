// Gold specs for holdout round 44, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time, one file each, the three helpers sharing one
// claims list of hosts: specs-a.mjs (any kind of page: a 发言 under a teaser repeating its opening,
// a speech inside a traditional encyclopedia entry, page 2 of an e-paper reprint with no title; a
// column on giving a 致詞 and a novel chapter as look-alikes; 01–06, case 04 withdrawn after the
// round was made: its page.txt kept a famous speech's wording too closely), specs-b.mjs (science,
// technology and education authorities: a 科技创新大会 speech on a pinyin mirror with no title, a
// school's transcribed speech under a dash subtitle, a tag page's one-line snippet; two traditional
// news reports and a district bureau's task table as look-alikes; 07–12), specs-c.mjs (native and
// converted traditional script: a ministry's 致詞稿 under a skip link and bulleted meta lines; a
// pinyin mirror's 心得 and a township's 通告 on a forum portal as look-alikes; 13–15, the part
// ended early: no traditional speech with numbered points stood on an unused host). Each file's
// head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
