// Gold specs for holdout round 169, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 170, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (flood control and water: a state farm's 讲话 at its
// flood-fighting awards under a breadcrumb and a dash subtitle, a pupil's 演讲稿 on water with 首先/其次/最后
// blocks, a spokesman's opening at a flood press conference; a 总结 under a 表態發言稿 label, a novel
// chapter and a river-chief news report on pinyin mirrors as look-alikes; 01–06), specs-b.mjs (audit and
// discipline: a 党课 on discipline with no title and no salutation; a pinyin mirror's audit news, a
// traditional collection of 工作计划, a 巡察 news report, a novel chapter and an audit bureau's speech
// contest news as look-alikes; 07–12), specs-c.mjs (groundbreaking and openings: a university's 致辞 at a
// new campus, an ambassador's bilingual 讲话 at a highway opening, an abbot's words at a groundbreaking,
// an ambassador's bilingual 讲话 at an embassy handover; a forum's groundbreaking news and an event
// company's how-to as look-alikes; 13–18). Eight speeches in eighteen pages. Each file's head says how
// build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
