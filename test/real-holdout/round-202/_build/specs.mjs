// Gold specs for holdout round 202, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 201, one file each, the six helpers reading
// both rounds' claims lists of hosts and checking each host with scripts/holdout-hosts.mjs: specs-a.mjs (writers, artists
// and their federations: a 诗词学会 致辞 on a document site's card flattened onto one line, two 致辞 with no title; three
// association reports as look-alikes; 01–06), specs-b.mjs (water, forests and weather: a 水利 讲话 whose title is printed three
// times with 一是/二是, a forestry bureau's 新年贺词, a 团拜会 讲话 under a welcome bar with 一是…三是; a county report, a
// novel chapter and a wire report as look-alikes; 07–12), specs-c.mjs (investment promotion: a governor's 致辞 with no site
// noise, a summit 演讲 on a traditional converter page under "以下為演講實錄:", a Hong Kong luncheon talk with English
// paragraphs; a commentary, a press report and a novel as look-alikes; 13–18). Nine speeches in eighteen pages. Each
// file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
