// Gold specs for holdout round 150, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 149, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (the automobile industry: a motor show's 致辞 under a
// crumb and a summary box, a vice-mayor's 演讲 and a closing address on pinyin mirrors, a driving-training
// forum's 致辞 under its lead; a pinyin mirror's news report and a quiz's 活动方案 as look-alikes; 01–06),
// specs-b.mjs (Women's Day and Labour Day: a pupil's flag-raising talk on a casino mirror, a bank clerk's
// 演讲稿 on a pinyin mirror, a Mother's Day talk in a document viewer on one line; a greeting letter, a
// 倡议书 and a 活动方案 as look-alikes; 07–12), specs-c.mjs (liquor and wine: a video 贺词 to a beer festival,
// a rice-wine festival's 致辞, a mayor's press statement on a pinyin mirror; three news reports as
// look-alikes; 13–18). Ten speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
