// Gold specs for holdout round 115, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 116, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (audit and state-owned assets: no speech on a fresh host; a
// company's report of an internal-audit meeting with "一要…;二要…" after a colon, a newspaper's 侧记 of
// the 国资监管 work meeting hard-wrapped, a novel's audit entry meeting, a county audit chief's signed
// article, a report with 一是/二是 after full stops and a poem on an audit office's site, all
// look-alikes; 01–06), specs-b.mjs (housing and construction: a traditional pinyin mirror's 讲话 with a
// 一、 heading and no title, a 拆迁动员 讲话 on a collection page under a tip and "…第1篇", an untitled
// topping-out 致辞; a 住建局 report with 一要/二要, a traditional 实施意见 and a report of a work meeting
// as look-alikes; 07–12), specs-c.mjs (themed education and democratic life meetings: no speech on a
// fresh host; reports of a 民主生活会, a reading class, a traditional 组织生活会 cut inside its pinyin
// and a 总结大会, a novel's quoted speech and a commentary, all look-alikes; 13–18). Three speeches in
// eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
