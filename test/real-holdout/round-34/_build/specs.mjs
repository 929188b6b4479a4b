// Gold specs for holdout round 34, written from page.txt alone, before any engine ran on it. The
// round was made in three parts, one file each: specs-a.mjs (organisation and personnel work: a
// 任前集体谈话 speech under a tag and a breadcrumb, an outgoing secretary's farewell remarks with a
// dash point, a young cadres' class opening with no noise, a farewell speech at an appointments
// meeting, with a guide to appointment documents and a traditional pinyin mirror's news report as
// look-alikes; 01–06), specs-b.mjs (publicity and study work: a 宣传部长会议 speech from a collection, a study group's spoken report titled 心得体会, a
// 读书活动 talk under a site headline with English glued to a heading, with a traditional news
// report and an e-paper's 体会 article as look-alikes; 08–12, 07 taken out before the gold was committed:
// its host prints the promo of a used site family), specs-c.mjs (social occasions: a
// retiring official's words at an honour ceremony, a son's birthday-banquet speech printed as a
// book chapter, an uncle's wedding speech with an anti-copy backtick and a wrap, a class reunion
// 致辞 on a Q&A page, with a traditional news report of a farewell and an essay about a wedding as
// look-alikes; 13–18). Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
