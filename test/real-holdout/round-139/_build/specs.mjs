// Gold specs for holdout round 139, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 140, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (tourism: a park's anniversary 致辞 with no title, a traditional
// pinyin mirror's 演讲稿 on tourism safety, a 民宿 forum 致辞 under a CMS headline with block 一是–三是, a
// district head's 文旅节 致辞 under a channel line; a 推介会 report and a city's 实施意见 as look-alikes;
// 01–06), specs-b.mjs (patriotic health and sanitation: a 世界厕所日 讲话 under a site headline and a summary
// line, a pinyin mirror's World Health Assembly 致辞 with a two-line title; a report, a minister's article,
// a 慰问信 and a 倡议书 as look-alikes; 07–12), specs-c.mjs (veterans: a collection page's 发言稿 under
// "〖一〗", a 演讲稿 collection's "篇1", a clean 致词, a pinyin mirror's talk to new recruits; a 慰问信 and a
// report with 一是–四是 as look-alikes; 13–18). Ten speeches in eighteen pages. Each file's head says how
// build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
