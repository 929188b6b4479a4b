// Gold specs for holdout round 170, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 169, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (women, the disabled and the elderly: a pupil's 重阳
// 发言稿 on a collection page with a glued related title, a 敬老 演讲稿 under a keyword meta line, a 三八
// 贺词 on a pinyin mirror with no title; a 慰问信 and two 助残日 news reports as look-alikes; 01–06),
// specs-b.mjs (coming of age and school openings: a mother's 发言 at a 成人仪式 with 一是/二是 blocks, a
// principal's 讲话 and a freshman's 发言 on pinyin mirrors, a teacher's 发言稿 at a 14岁成长礼 with 一、/二、;
// an 活动方案 and a 军训 novel as look-alikes; 07–12), specs-c.mjs (roads and transport: a transport
// department's New Year 贺词 on a hijacked site, two universities' 致辞 under press headlines and leads; a
// 春运 news report, a page of 交通管制 通告 templates and a novel chapter as look-alikes; 13–18). Ten
// speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
