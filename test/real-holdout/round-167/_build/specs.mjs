// Gold specs for holdout round 167, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 168, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (hospitals and medical workers: a 讲话 at a physicians'
// award ceremony on a pinyin mirror, a hospital party congress's 开幕词 with no title, a college dean's
// anniversary 讲话; a writing guide, a hospital's news report and a 医师节 慰问信 as look-alikes; 01–06),
// specs-b.mjs (trade unions and model workers: a 讲话 at a welding final under a government breadcrumb, a
// union's Women's Day 讲话 with no title, the 全总 centenary speech on a pinyin mirror; a news report, a
// union federation's press release and a model worker's 事迹材料 as look-alikes; 07–12), specs-c.mjs
// (courts and procuratorates: a procuratorate's 朗诵词, a new officer's 发言 with no title; a court's news
// report, the Supreme People's Procuratorate's 工作报告, the Supreme People's Court's 工作要点 and a novel
// chapter as look-alikes; 13–18). Eight speeches in eighteen pages. Each file's head says how build.mjs
// applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
