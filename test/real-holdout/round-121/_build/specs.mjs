// Gold specs for holdout round 121, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 122, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (flood control: a 讲话要点 at a typhoon video meeting under
// two breadcrumbs with 第一/第二/第三 and 一是–三是 after a colon; a report under a company blurb, a forum's
// print view of a report, a traditional report with pinyin and no headline, an 倡议书 and a novel as
// look-alikes; 01–06), specs-b.mjs (mental health: a launch 致辞 with 一、–三、 headings, 首先/其次 and 1./2.,
// a traditional 開幕辭 under a press lead ending "以下是致辭全文。", a school's 讲话 with a count glued to its
// title, a launch 致辞 with its greeting glued to the first sentence; a report with 一是–四是 and a 科普
// article as look-alikes; 07–12), specs-c.mjs (exam pledge rallies: a principal's speech under "附:" after a
// school's report, a teacher's 动员 讲话 under a meta line, a 成人礼 致辞 on a collection page, an exam
// essay written as a 发言稿 with its headline glued to the salutation; two traditional reports with pinyin
// as look-alikes; 13–18). Nine speeches in eighteen pages. Each file's head says how build.mjs applies
// the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
