// Gold specs for holdout round 133, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 134, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (seed industry and agricultural science: a traditional pinyin
// mirror's 讲话 with no title, a traditional 致詞 with its title in 【】 and a dash subtitle; a 种子法
// 解读 under a casino brand and three reports as look-alikes; 01–06), specs-b.mjs (debate tournaments: a
// 开幕词 printed on one line after a headline and empty image marks, a debate team's traditional 得獎感言
// under the school's lead; four reports as look-alikes; 07–12), specs-c.mjs (reservoir resettlement,
// whose speeches stand on used hosts, so three water 致辞: a traditional pinyin mirror's under a page title
// naming the speaker, one under a copied site's error page, one under a news lead with "附" glued to its
// title; a report, a 通知 and a work article with 一是–三是 as look-alikes; 13–18). Seven speeches in
// eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
