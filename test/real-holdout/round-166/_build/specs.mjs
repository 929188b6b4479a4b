// Gold specs for holdout round 166, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 165, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (greening and ecological civilisation: a county 河湖长制
// 讲话 with 一、 and 一是 over a paywall and contact tail, a symposium speech reposted in converter
// traditional script, a conference speech flattened onto one line on a pinyin mirror, a lakes congress
// 致辞 with no title; a 实施方案 and a novel chapter as look-alikes; 01–06), specs-b.mjs (the Youth League
// and Young Pioneers: a spun 演讲稿 for 建队日, a League secretary's 五四 演讲 with no title; a 团课 written
// as history, a report of a League congress, a guide to the 入团申请书 and a ceremony's programme as
// look-alikes; 07–12), specs-c.mjs (credit, banking and rural finance: a 发言 at a rural-credit symposium
// with no title; a bank's news report, a paper with its outline, an e-paper memoir, an essay and a pinyin
// mirror's report under an editor's note as look-alikes; 13–18). Seven speeches in eighteen pages. Each
// file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
