// Gold specs for holdout round 40, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time, one file each, the three helpers sharing one
// claims list of hosts: specs-a.mjs (traditional-script and overseas Chinese pages: a Macau
// association's 致辞 on a pinyin mirror, a Singapore clan association's 团拜 speech with numbered
// paragraphs, a Taiwan club's hard-wrapped 就职 speech, a presidential office's 致词 under a skip
// link and a label; a novel chapter quoting a speech and a Thai Chinese paper's report as
// look-alikes; 01–06), specs-b.mjs (hospitals, courts, procuratorates, tax: a hospital president's
// 医师节 speech, a court president's talk under meta and image-name lines, a tax worker's 五四
// 演讲稿, a hospital's training talk flattened onto one line; a procuratorate's work report and a
// court's news item as look-alikes; 07–12), specs-c.mjs (genres seen less often: a 百日动员 speech as
// a book's chapter, a graduate's 发言 with no title, a teacher's 毕业 words on a traditional blog, a
// 开场白 under a site's lead; a guide on writing a 答谢辞 and a news post on a hijacked domain as
// look-alikes; 13–18). Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
