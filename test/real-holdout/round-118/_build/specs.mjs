// Gold specs for holdout round 118, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 117, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (new employees and corporate culture: an untitled 讲话 with
// 1、/2、 headings and "趋势一,", a summit's 总结发言 under a press lead and byline, a traditional
// chairman's 讲话 with 一是/二是/第三; a training plan, a novel's anniversary 致辞 and a company's news
// as look-alikes; 01–06), specs-b.mjs (retired cadres: no Chinese speech on a fresh host; an English
// machine translation of a collection page's 讲话; a traditional spam line of shuffled clauses, a 关工委
// work report, a flipbook magazine read across its columns, a traditional report of a tea party and a
// report with empty fields as look-alikes; 07–12), specs-c.mjs (Hong Kong, Macao and Taiwan: a 讲话
// digest under a chronicle's date and a Xinhua lead, a toast whose title, date and speaker share a
// table's line, a keynote printed under an association's report; traditional reports with 三點希望 and
// 四點看法 and a report with an inline 一、–三、 as look-alikes; 13–18). Seven speeches in eighteen
// pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
