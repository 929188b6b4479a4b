// Gold specs for holdout round 203, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 204, one file each, the six helpers reading
// both rounds' claims lists of hosts and checking each host with scripts/holdout-hosts.mjs: specs-a.mjs (lawyers and
// professional associations: a union chair's 當選感言 with block points, a chamber of commerce's 致辞 with inline 首先/其次;
// three association reports as look-alikes; 01–06, 03 dropped at the merge, its host a gold file's of round 32),
// specs-b.mjs (Young Pioneers: a 演讲稿 collection whose site put its brand where "我们" stood, a children's troupe's 朗诵词;
// a report, a novel, a hijacked school site's report and a report opening with verse as look-alikes; 07–12), specs-c.mjs
// (media and journalism: a newspaper's Spring Festival 讲话 on a contents line of a pinyin mirror, a forum's printable
// view of a 致辞 under its label, a wire's "致辭全文如下:" glued to its lead; a report, a letter and an essay as
// look-alikes; 13–18). Seven speeches in seventeen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
