// Gold specs for holdout round 29, written from page.txt alone, before any engine ran on it. The
// round was made in three parts, one file each: specs-a.mjs (disasters, safety and emergencies: a
// fire-safety speech flattened onto one line with watermarks and a paid-content marker, a pupil's
// 疫情 speech under a tagged title, a 抗疫表彰 speech and a fire-drill speech on traditional pinyin
// mirrors, with a 防汛抗旱 news report and an 应急预案 as look-alikes; 01–06), specs-b.mjs (schools:
// a 高考百日誓师 speech, a 军训 opening and a 军训 closing speech, a headteacher's 六一/家长会
// speech, with a 军训 news report and a story about a 家长会 as look-alikes; 07–12), specs-c.mjs
// (party building and discipline: a clean-government talk on a traditional mirror, an inspection
// 整改 speech on a 文库 site, a 党课 from a collection, a publishers' meeting speech, with a news
// report of a pledge meeting and a newspaper commentary as look-alikes; 13–18). Each file's head
// says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
