// Gold specs for holdout round 52, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time, one file each, the three helpers sharing one
// claims list of hosts: specs-a.mjs (the military and national defence: a president's 军训动员 speech
// with 第一,/第二,/第三, and 一要/二要 under a glued poster id, a 双拥模范城 speech on a newspaper
// mirror with no title, a traditional 八一 座谈会 致辞 whose title stands above and below the
// salutation, a 国防教育 speech flattened onto one line with a promo and a hash heading; a traditional
// 民兵 news report and a novel's 军训开营 致辞 as look-alikes; 01–06), specs-b.mjs (festivals and
// hosting: a 元宵 gala 主持词 numbered sentence by sentence, a 元宵 show 发言稿 under a promo and 篇1, a
// county 新春贺词 under four meta lines, a traditional mayor's 致辞 under spam and leaked tags; a
// collection titled 领导讲话 whose first piece is a child's essay, and a 主持词 template as
// look-alikes; 07–12), specs-c.mjs (universities and research institutes: a supervisor's graduation
// speech under a CAS breadcrumb, a Taiwan president's 致辭全文 with 第一,, an alumnus's speech on a
// hijacked traditional mirror with 首先/其次 and 一是, a Hong Kong congregation address in PDF wraps; a
// university's festival news and a novel chapter as look-alikes; 13–18). Few speeches with numbered
// points stood on unused hosts (said in each part's head). Each file's head says how build.mjs applies
// the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
