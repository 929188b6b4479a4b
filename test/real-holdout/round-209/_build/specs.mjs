// Gold specs for holdout round 209, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 210, one file each, the six helpers reading
// both rounds' claims lists of hosts and checking each host with scripts/holdout-hosts.mjs: specs-a.mjs (food safety and
// market regulation: Hong Kong bureau and council speeches, a Taiwanese newsletter's 致詞, an English speech from Singapore;
// a report in substituted characters and a press release as look-alikes; 01–06), specs-b.mjs (censuses and statistics:
// a census speech under its forwarding notice, three graduation 致辞 of neighbouring subjects; a review and a report as
// look-alikes; 07–12), specs-c.mjs (parents' meetings: a bureau's 致辭 under a leaked site menu, a parent's 致辞; a report,
// a teacher's essay, a principal's note and a weekly letter as look-alikes; 13–18). Ten speeches in eighteen pages. Each
// file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
