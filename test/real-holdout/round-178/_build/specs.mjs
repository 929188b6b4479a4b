// Gold specs for holdout round 178, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 177, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (science popularisation: two schools' 国旗下讲话, one on a
// traditional-script collection page with 第一, points, one under a label and an editor's preface, and a
// 开幕式 致辞 on a pinyin mirror; a writing guide and two news reports as look-alikes; 01–06),
// specs-b.mjs (public security and anti-drug work: a county lecturer's 宣讲稿 flattened onto one forum line;
// three news reports, one on a pinyin mirror and one wedged with anti-copy strings, a novel chapter and an
// anti-fraud article as look-alikes; 07–12), specs-c.mjs (chambers of commerce and investment
// promotion: no speech on a new host — four news reports and two chambers' charters, one on a collection
// page; 13–18). Four speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
