// Gold specs for holdout round 177, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 178, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (market regulation and consumer rights: a school's
// 国旗下讲话 on food safety, a 广播稿 of 甲/乙 turns on a pinyin mirror, a quality institute's 致辞 with no
// title; a commentary welcoming a congress, a news report and a pledge as look-alikes; 01–06),
// specs-b.mjs (urban renewal and housing: a 讲话 and a 贺辞 and a 发言 on Hong Kong public bodies' sites, a
// 祝酒词 with placeholders; a forum's news report with its own 一、 headings and a novel with scrambled
// words as look-alikes; 07–12), specs-c.mjs (united front and overseas Chinese: two 贺辞 and two 致辞,
// one under a press lead and a "讲话全文:" label, one under a name-prefixed headline; a one-line news report
// and a traditional-script history article as look-alikes; 13–18). Eleven speeches in eighteen pages. Each
// file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
