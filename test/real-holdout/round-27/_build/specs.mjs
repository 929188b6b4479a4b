// Gold specs for holdout round 27, written from page.txt alone, before any engine ran on it. The
// round was made in three parts, one file each: specs-a.mjs (courts, procuratorates and 政法 work:
// a court president's speech on the court's site, a 扫黑除恶 speech, a 禁毒 speech on a
// traditional-script mirror, a 政法工作会议 speech with hard wraps, with a writing guide and a news
// report as look-alikes; 01–06), specs-b.mjs (culture, sports and reading events: a sports-day
// 主持词, a 全民健身日 致辞 on a pinyin mirror, an 艺术节 collection's first piece, a 读书节 speech
// on a forum's archive page, with a writing guide and a campus news report as look-alikes; 07–12),
// specs-c.mjs (mass organisations: veterans, 老干部, a 僑聯 致詞, a 工会 speech, with a 倡议书 and
// a 工作报告 abstract as look-alikes; 13–18). Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
