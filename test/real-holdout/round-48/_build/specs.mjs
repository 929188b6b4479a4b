// Gold specs for holdout round 48, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time, one file each, the three helpers sharing one
// claims list of hosts: specs-a.mjs (construction, transport and engineering: a safety 演说稿 with
// leaked Markdown headings, a highway lecture under a share bar and a teaser, a building-industry
// speech on a hijacked page, a collection's 安全生产月 speech; an e-paper's news of a renovation meeting
// and a traditional 施工方案 in a viewer as look-alikes; 01–06), specs-b.mjs (culture, media and
// publishing: a news agency's founding speech on a lottery mirror, a traditional 發言 printed as a
// book's appendix, a journalist's course transcript under a teaser and contents, a press association's
// 致辞 with a leaked video player; a library's meeting record and a novel chapter as look-alikes;
// 07–12: no speech with numbered points stood on an unused host), specs-c.mjs (document and 范文
// pages: a 竞聘 page's address under a breadcrumb, teaser and tag line, a hospital 年会致辞 under its
// promo and piece heading, a 年中 speech whose title carries a keyword alias, a traditional speech
// with no title under a bare name; a memoir quoting a speech in PDF wraps and a 学习体会 with
// anti-filter marks as look-alikes; 13–18: every viewer and paywall site found was on a used host).
// Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
