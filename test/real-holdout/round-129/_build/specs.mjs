// Gold specs for holdout round 129, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 130, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (reading promotion: a 主旨发言 under a two-line press lead
// with no title, a 读书日 发言 on a collection page under a promo with "(一)" piece headings, a 讲话 with a
// 小编 teaser and two pieces; a traditional live report with pinyin, a traditional 读书月 方案 and a report
// as look-alikes; 01–06), specs-b.mjs (vocational skills contests: a 技术比武 欢迎词 with a backtick glued
// mid-phrase, a 讲话稿 on a collection page with ID/时间/上传者 lines and "篇一"; a report with a credits
// block, a traditional pinyin report, a 竞赛规程 and a novel chapter as look-alikes; 07–12), specs-c.mjs
// (investment promotion: no speech on a fresh host, so six look-alikes: a blog repost and a traditional
// news report of 致詞, a spun 实施方案, a traditional pinyin interview, a novel chapter and a press
// conference's transcript; 13–18). Five speeches in eighteen pages. Each file's head says how build.mjs
// applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
