// Gold specs for holdout round 26, written from page.txt alone, before any engine ran on it. The
// round was made in three parts, one file each: specs-a.mjs (sectors earlier rounds touched little:
// public health, ecology, taxation, with a 活动方案 and a finance news report as look-alikes; 01–06),
// specs-b.mjs (viewers and mirrors: a paywalled 三级干部大会 speech, traditional-script pages with
// converter pinyin, with a writing guide and a novel chapter as look-alikes; 07–12), specs-c.mjs
// (commemorations and awards: an alumni speech on a campus forum, a 贺词, a 获奖感言, a parents'
// meeting talk, with a 颁奖词 collection and a 校庆 plan as look-alikes; 13–18). Each file's head
// says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
