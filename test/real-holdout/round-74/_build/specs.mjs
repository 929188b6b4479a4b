// Gold specs for holdout round 74, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 73, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (archives, local chronicles, libraries and museums: a
// 地方志 讲话 with no title and block 第一,/第二, points, a 年鉴学会 讲话 with a mirror's "Original URL"
// line and hard wraps, a museum anniversary 发言 under navigation bars and a crumb, a 镇志首发式 致辞
// flattened onto one line with its own title glued to the salutation; a 读书日 report and a traditional
// novel's opening ceremony as look-alikes; 01–06), specs-b.mjs (grain, supply-and-marketing cooperatives,
// tobacco and salt: a 烤烟 meeting 讲话 under a "热门文档" list with a block 一要, a traditional 盐业 讲话 with
// its meta and date lines, a 供销社 new-year 贺词 with a byline and signature, a pinyin mirror's 节约粮食
// 国旗下演讲 under a spam header; a traditional novel's 烟草 动员大会 and a forum's one-line report of a
// 粮食交易大会 as look-alikes; 07–12), specs-c.mjs (retired cadres, universities for the elderly and the
// 关工委: a traditional pinyin mirror's 老人节 致词 with its title glued to the salutation, a 老年大学
// 毕业典礼 讲话稿 collection, a Hong Kong bureau's 致辞 under a press lead; a 老年节 report, an article on
// 老干部工作 under a 领导讲话 crumb and a 关工委 record of remarks as look-alikes; 13–18). Eleven speeches in
// eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
