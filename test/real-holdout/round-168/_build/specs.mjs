// Gold specs for holdout round 168, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 167, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (Spring Festival receptions: a mayor's New Year 贺词
// under a weather widget, a bilingual 新春贺词 of a conference committee, a school's New Year party 致辞, a
// short New Year 致辞 with no title; a novel chapter and a guide to writing 新年贺词 as look-alikes; 01–06),
// specs-b.mjs (science and technology awards: the premier's award-conference speech as a forum post on one
// line, a 致辞 at a research project's review; a report on a pinyin mirror, a novel chapter, an academy
// office's 工作总结 and a forum's news post as look-alikes; 07–12), specs-c.mjs (kindergartens and early
// education: a teacher's 致辞 at a parents' meeting under a tagged title, an opening ceremony's 致辞 on a
// pinyin collection page, a parents' school 讲话, a teacher's graduation 发言 with no title; a ministry
// report on a traditional mirror and a 教案 as look-alikes; 13–18). Ten speeches in eighteen pages. Each
// file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
