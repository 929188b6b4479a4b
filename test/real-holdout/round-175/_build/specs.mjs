// Gold specs for holdout round 175, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 176, one file each, the six helpers reading
// both rounds' claims lists of hosts (the search budget ran out during it): specs-a.mjs (farming: a county's
// 动员讲话 on land reform on a pinyin mirror, its headline letter-spaced, with 一、 and (一); two news reports,
// a novel chapter, an article under repeated toneless pinyin and a written 宣言 as look-alikes; 01–06),
// specs-b.mjs (public health: two 国旗下讲话 under image file names and bulleted meta lines, a pupil's
// 演讲 with 1.–5. after a colon on a pinyin mirror, an exam's model 致辞 under its label; a news report and an
// essay on a novel site as look-alikes; 07–12), specs-c.mjs (charity: a 慈善一日捐 讲话 with its title glued
// to the salutation and one 一、, a former grant recipient's 发言 under a bracketed label, a foundation
// founder's 致辞 with no title; a news report, a 通知 under a casino brand and a novel chapter as
// look-alikes; 13–18). Eight speeches in eighteen pages. Each file's head says how build.mjs applies the
// steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
