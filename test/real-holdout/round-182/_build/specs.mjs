// Gold specs for holdout round 182, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 181, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (recitation and speech contests: a contest's 闭幕词 under a
// Q&A promo, a pupil's 演讲稿 flattened onto one line on a pinyin mirror; a contest plan, a news report, a
// guide to a judge's 评语 and a poem as look-alikes; 01–06), specs-b.mjs (energy, water and transport: a
// 国旗下讲话 with 一、 points under a week-tagged page title, a 国旗下演讲 under a speaker card on a spam site, a
// minister's 致辞 with no title; a forum's 倡议书 and two news reports as look-alikes; 07–12), specs-c.mjs
// (community life: a forum's 发言摘编 piece; four news reports and a building head's plan as look-alikes;
// 13–18). Six speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
