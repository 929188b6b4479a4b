// Gold specs for holdout round 35, written from page.txt alone, before any engine ran on it. The
// round was made in three parts, one file each: specs-a.mjs (offices' own work: a 办公室系统培训会议
// speech on a document site with its title glued three times, a 党委秘书长会议 speech from a collection
// with a "篇1:" heading, an 办公室主任会议 speech under a breadcrumb and a "【篇1】" heading, a county
// government office's staff-meeting talk with "第一," and 首先/其次/再次, with a traditional news report of
// a 机关党建 symposium and a novel chapter as look-alikes; 01–06), specs-b.mjs (the military and
// veterans: a 双拥 honours-meeting speech with the title twice and a block 一是, page 3 of a 双拥 speech
// with its page line and a mid-run "(四)", a 军训 closing speech with a casino brand glued mid-sentence,
// a 军训 opening with no title and no noise, with a traditional pinyin mirror's 八一 座谈会 report and a
// 征兵 倡议书 as look-alikes; 07–12), specs-c.mjs (document, library and pack pages: a 禁毒 speech from a
// 好范文 pack, a library record of a 森林防火 speech under label lines, a Red Cross speech on a CMS page
// with a nav bar, meta line, dash subtitle and byline, a Red Cross 贺辞 under a timestamp, with a guide
// to drafting 讲话稿 and a 心得体会 under a breadcrumb as look-alikes; 13–18). Each file's head says how
// build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
