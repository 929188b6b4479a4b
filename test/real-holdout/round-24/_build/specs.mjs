// Gold specs for holdout round 24, written from page.txt alone, before any engine ran on it. The
// round was made in three parts, one file each: specs-a.mjs (party work: 党课, 宣讲, 主题教育, and
// look-alikes written for reading; 01–06), specs-b.mjs (hosts' scripts: 晚会 串词 with 男/女/合,
// 开幕式 and 汇演 scripts, and a plan and a notice as look-alikes; 07–12), specs-c.mjs (sectors
// earlier rounds touched little: a hospital, a university, a science congress, rural tourism, and a
// bank's news and a president's report as look-alikes; 13–18). Each file's head says how build.mjs
// applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
