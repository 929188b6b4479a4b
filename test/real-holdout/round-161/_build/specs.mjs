// Gold specs for holdout round 161, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 162, one file each, the six helpers reading
// both rounds' claims lists of hosts; the search tool's budget ran out during all three: specs-a.mjs
// (statistics and censuses: a bureau vice-director's census 讲话 on a traditional mirror with no title
// and 一、; a report with 一要/二要, a 通知 with field labels, a novel chapter, a report on a pinyin mirror
// and an open-day report as look-alikes; 01–06), specs-b.mjs (conscription and militia: a student's
// 国旗下的演讲 during military training; a report with a betting brand where the university's name
// stood, two militia reports on pinyin mirrors, a novel chapter and a send-off report as look-alikes;
// 07–12), specs-c.mjs (blood donation and the Red Cross: a blood station's New Year 贺词 with no title, a
// city's Donor Day 致辞 on one line, a charity president's 致辞; a college rally report, a Red Cross
// report with a betting brand in its meta line and a report on a pinyin mirror as look-alikes; 13–18).
// Five speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
