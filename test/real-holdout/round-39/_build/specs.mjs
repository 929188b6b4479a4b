// Gold specs for holdout round 39, written from page.txt alone, before any engine ran on it. The
// round was made in three parts, one file each (made at the same time as round 38's, the six helpers
// sharing one claims list of hosts), each aimed at a kind of site rather than a topic: specs-a.mjs
// (company, industry and chamber sites: a 新春贺辞 on an industry-news site, a traditional mirror's
// anniversary 致辞 under a press lead, a company's 新春致辞 with a two-line headline, a traditional
// pinyin mirror's 新年致辞 with no title; a chamber's news report and a company's news report as
// look-alikes; 01–06), specs-b.mjs (blogs, forums, Q&A and personal pages: a speech as a Q&A answer,
// a verse 发言稿 in a forum's print view, a society's work report at its annual meeting on a personal
// site; a letter on a class page, a novel chapter on a forum and a forum's report of a meeting as
// look-alikes; 07–12), specs-c.mjs (template sites not used before: a speech under document-download
// chrome, a 校长讲话 filed under a 小说 column, a traditional pinyin mirror's 演讲稿, a speech under a
// related list; two guides, on writing a 讲话稿 and a 工作总结, as look-alikes; 13–18). Each file's
// head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
