// Gold specs for holdout round 190, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 189, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (Women's Day and women's federations: a village 妇联 换届 主持词 with
// 一是 runs inline and in blocks, a 三八 国旗下讲话 under a letter-spaced title; a union's signed greeting, a news report, a
// company's open letter quoted and a Cantonese column as look-alikes; 01–06), specs-b.mjs (youth and the League: a 五四
// 国旗下讲话 on a school site, a teacher's contest speech under a shorter post title, a 建团百年 演讲稿 collection with a
// jumbled-case domain watermark; three news reports as look-alikes; 07–12), specs-c.mjs (volunteers and charity: a
// volunteer association's 致辞, a charity foundation's 讲话 printed on one line; a novel and a news report as look-alikes;
// 13, 15, 17, 18: 14 and 16 were dropped at the merge, before the gold was committed, their hosts named as used by
// earlier rounds). Seven speeches in sixteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
