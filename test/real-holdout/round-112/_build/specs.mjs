// Gold specs for holdout round 112, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 111, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (young teachers: a traditional 致辞 under meta lines and a
// third-person lead, a young teacher's 发言 over a photo caption, a teachers' 发言 with its section heads
// glued to the lines before them; a report with a casino footer, a report with a caption naming a 讲话
// and a novel's quoted "第一,…" as look-alikes; 01–06), specs-b.mjs (animal husbandry: no speech on a
// fresh host; a forum's report among Discuz jammer lines, a forwarded 通知 that lost its digits, a novel
// quoting a county head's 致辞, a spun report on one line, a traditional pinyin report and a novel
// chapter, all look-alikes; 07–12), specs-c.mjs (heating, gas and water: a chairman's 新春致辞 under a
// bare label, a traditional 演讲 on one line, a gas company's 演讲 under its byline; a traditional report,
// a 停水公告 to "尊敬的用户:" and a traditional pinyin report with a host-like lead as look-alikes;
// 13–18). Six speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
