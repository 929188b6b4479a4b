// Gold specs for holdout round 56, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time, one file each, the three helpers sharing one
// claims list of hosts: specs-a.mjs (company annual meetings, anniversaries and awards: an awards
// gala 致辞 with its headline split on the next two lines and an ordered list 1./2./3., a traditional
// pinyin mirror's award ceremony welcome with 首先,/其次, under an editor's note and a teaser; a
// traditional anniversary news post with (一)…(五), a group's 七一 commendation news with 第一要…,
// a novel's year-end speech and a hijacked anniversary post as look-alikes; 01–06), specs-b.mjs
// (the Youth League, Young Pioneers and student unions: a counsellors' training class speech under
// a teaser with 一、 and 一要, a traditional pinyin 入团 ceremony script with 一、…五、, a traditional
// pinyin 少代会 host script under a related label, a school site's 国旗下讲话 under a QR prompt and a
// headline; a student union handover's news with 1. 2. 3. and an old newspaper's student congress
// item as look-alikes; 07–12), specs-c.mjs (document and reference pages: a 党课 on a 范文 document
// site under a keyword title and a meta line, a 1950 talk on a reference-book mirror with (一)–(四),
// a blog's 致辞 with its title twice; a Red Cross congress news, a traditional 巡视 training report
// and a Montreal banquet report with a quoted (一)/(二) as look-alikes; 13–18). Few speeches stood on
// unused hosts (said in each part's head: part a has two). Each file's head says how build.mjs
// applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
