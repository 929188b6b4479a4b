// Gold specs for holdout round 200, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 199, one file each, the six helpers reading
// both rounds' claims lists of hosts and checking each host with scripts/holdout-hosts.mjs: specs-a.mjs (Teachers' Day and
// exam rallies: a pupil's 送考 talk and a class teacher's 中考 talk with no title, a Teachers' Day 国旗下讲话 with stage
// directions, a pupil's 国旗下讲话 inside a school news item; a novel's 百日誓师 chapter and a school report as look-alikes;
// 01–06), specs-b.mjs (people's congresses and the CPPCC: a 演讲稿 filed under 心得体会, a pinyin mirror's 讲话 with no title, a
// 贺词 under a lead ending "摘要如下:", an anniversary 讲话 with a dateline; a draft regulation's notice and a summary report
// as look-alikes; 07–12), specs-c.mjs (workplace safety and quality: a 质量月 致辞 on a hijacked traditional mirror under an
// 编者按, a workshop's 早会 talk under a label; a pinyin mirror's report, two novels and a company's 倡议 as look-alikes;
// 13–18). Ten speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
