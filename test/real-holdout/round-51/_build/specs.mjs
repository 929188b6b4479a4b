// Gold specs for holdout round 51, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time, one file each, the three helpers sharing one
// claims list of hosts: specs-a.mjs (politics and law: a court president's New Year address on a
// traditional pinyin mirror with no title, a county court's 元旦 address signed at its end, a police
// chief's 五四 remarks inside a spun news post; a traditional news report of a 政法 meeting with 一要…四要,
// and two novel chapters in which officials address 政法 cadres as look-alikes; 01–06), specs-b.mjs
// (parents, families and children: a teacher's 家长会 speech under a piece heading with 一、/二、, a
// parent's 高三 家长会 speech with 第一、/第二、, a kindergarten head's graduation speech copied into a
// Q&A answer with anti-copy runs, a school leader's 家委会 speech under a breadcrumb; a school's news in a
// 文库 viewer and a 关工委 briefing as look-alikes; 07–12), specs-c.mjs (science, technology and the
// economy: a press page whose headline is the speaker's name, a traditional pinyin mirror's speech
// record under a tag line and a press lead, a 开工 发言 on a collection page with a glued keyword, a
// 高交会 开幕辞 with its byline and date; a company's 科技创新大会 news and a novel chapter as
// look-alikes; 13–18). Few speeches with numbered points stood on unused hosts (said in each part's
// head). Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
