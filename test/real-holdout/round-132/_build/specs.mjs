// Gold specs for holdout round 132, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 131, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (anti-pornography campaigns: a county's 文化市场 讲话 under a
// three-line breadcrumb with a 一、 heading, a 国旗下的讲话 printed again over two lines; a novel and three
// reports as look-alikes; 01–06), specs-b.mjs (rural living environment: a vice-mayor's 致辞 with 首先/
// 其次 under captions and image counters, a speech's seventh page opening on 三是要, a 讲话 with a
// 【演讲稿】 tag and its title printed again mid-text; a 实施方案 and a report as look-alikes; 07, 08 and
// 10–12, its 09 set aside at the merge as a twin), specs-c.mjs (ice and snow festivals: an untitled
// school 致辞; four reports and a 活动方案 as look-alikes; 13–18). Six speeches in seventeen pages. Each
// file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
