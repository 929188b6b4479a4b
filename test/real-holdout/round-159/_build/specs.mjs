// Gold specs for holdout round 159, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 160, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (border ports and customs: a foreign minister's 致辞 on
// a border-demarcation anniversary with the headline printed twice, a mayor's 1997 anti-smuggling 讲话
// with no title and 一、, a vice-mayor's 致辭 to shipowners; a news report with 一要/二要, a border
// festival's report and a 公告 as look-alikes; 01–06), specs-b.mjs (islands and coastal defence: a
// provincial gazette's 讲话要点 with 第一,, a Boao media forum 致辞 under a press lead, a school's 国旗下演讲
// for National Security Day; a report on a pinyin mirror, a report with bracketed pinyin and a forum essay
// as look-alikes; 07–12), specs-c.mjs (nuclear power: a nuclear association's 讲话 on a traditional
// mirror with a spam header, Obama's summit 致辞 in English under a Chinese forum title, an energy
// 讲话 glued to its salutation on a pinyin mirror; a news report with 第一,/第二,, a diary entry and a
// PDF-copied feature as look-alikes; 13–18). Nine speeches in eighteen pages. Each file's head says how
// build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
