// Gold specs for holdout round 214, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 213: specs-a.mjs (publishing houses, journals and newspapers: a
// publishing chief's talk in his collected works, a TV society's 致辞, a forum's reprint of a 致辞 under the poster's card;
// a portal's newspaper 新年献词, a college report and an e-paper report as look-alikes; 01–06), specs-b.mjs (learned
// societies and associations: a foundation forum's 致辞, an association's 讲话, a pinyin mirror's one-line 致辭; two
// reports and a written 寄语 as look-alikes; 07–12), specs-c.mjs (teachers' and pupils' speeches on school sites: a pupil's
// 发言稿, a 国旗下演讲, a graduation 讲话, a lecture transcript; a pinyin mirror's report and a campus novel as look-alikes;
// 13–18). Ten speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
