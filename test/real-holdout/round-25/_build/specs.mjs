// Gold specs for holdout round 25, written from page.txt alone, before any engine ran on it. The
// round was made in three parts, one file each: specs-a.mjs (county and township leaders on rural
// work: 森林防火, 春耕, 秋种, 禁毒, with a news report and a 工作方案 as look-alikes; 01–06),
// specs-b.mjs (开幕词, 欢迎词, 新春致辞, a farewell address, with a news report and a 祝福语 page as
// look-alikes; 07–12), specs-c.mjs (organisations: 工会, 安全生产, a 商会, with a writing guide and a
// company news item as look-alikes; 13–18). Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
