// Gold specs for holdout round 42, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time, one file each, the three helpers sharing one
// claims list of hosts: specs-a.mjs (rural and grassroots work: a township speech in a document
// viewer flattened onto one line, a closing speech at a 村长 forum, a 总河长 meeting speech under a
// page title that differs, a 第一书记 symposium speech under a free-label tag line; a village team's
// 工作总结 and a township news report as look-alikes; 01–06), specs-b.mjs (culture, sports and
// tourism: a press conference transcript with the host's remarks, a school reading-campaign talk with
// no title, a library forum's 欢迎辞, a library's 答谢词 on a pinyin mirror flattened onto one line; a
// reworded novel chapter and a traditional news report as look-alikes; 07–12), specs-c.mjs (the
// workplace: a 安全生产月 speech under a teaser, a worker's safety speech on a pinyin mirror under a
// glued byline, a founder's topping-out speech on his blog, a 团拜会 致辞 on a forum under the poster's
// lead; an explainer on pre-festival meeting speeches and a contest 有感 as look-alikes; 13–18). Each
// file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
