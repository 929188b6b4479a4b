// Gold specs for holdout round 31, written from page.txt alone, before any engine ran on it. The
// round was made in three parts, one file each: specs-a.mjs (congresses, CPPCC and united-front
// work: a united-front 座谈会 speech on a 文库 page with a 提纲 line, a CPPCC 经验交流 发言 from a
// collection, a forum transcript of a CPPCC session's opening by its chair, a 民族团结 speech on a
// traditional pinyin mirror, with a news report of a session's opening and a member's diary as
// look-alikes; 01–06), specs-b.mjs (festivals and anniversaries: a 中秋 speech in a traditional
// 文库 viewer, a 迎新春 speech with 一是/二是 and a fold, a 建党 发言 under a spam headline, with a
// 中秋 活动方案 and a news report of a 重阳 gathering as look-alikes; 07–12, 08 taken out before the
// gold was committed: its host prints a site family round 26 used), specs-c.mjs (project and company ceremonies: a 开工奠基 speech in a
// traditional collection, a 竣工 致辞 with a fold, a 签约 致辞 with a fold glued between clauses, a
// 集中开工 host's script, with a writing guide to a 奠基 ceremony and a company's news report of a
// 誓师大会 as look-alikes; 13–18). Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
