// Gold specs for holdout round 137, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 138, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (foreign trade and trade fairs: a 讲话 in a document viewer
// with 一、 and (一), a bilingual 致辞 at the 南亚博览会 under a site headline, a chamber president's 致辞 on one
// line; a novel, a fair's news report and a magazine article as look-alikes; 01–06), specs-b.mjs (the
// digital economy and the internet: a minister's 讲话 on a traditional pinyin mirror under a press lead,
// two entrepreneurs' 演讲 under leads and "以下为…演讲全文/实录:" labels, a 致辞 with the speaker's label
// glued before the salutation; a mis-encoded mirror's report and a novel as look-alikes; 07–12),
// specs-c.mjs (marathons and mass sports: a sports meet's 开幕词, a pupil's 演讲 under a post headline, a
// 国旗下讲话 with stage directions; a report with 一是–三是, a thank-you letter on a pinyin mirror and a
// runner's 总结 as look-alikes; 13–18). Ten speeches in eighteen pages. Each file's head says how
// build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
