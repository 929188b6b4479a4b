// Gold specs for holdout round 109, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 110, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (banks and insurers: no speech on a fresh host; a portal's
// report retelling a bank president's 致辞, a bank's report with a paragraph opening "首先," and 一是
// after a colon, a traditional report under Japanese chrome, a traditional report with 一是…四是 after a
// full stop, an employee's 心得 and a novel under a numbered breadcrumb, all look-alikes; 01–06),
// specs-b.mjs (student unions and class meetings: a freshman's 发言 under a casino brand glued into its
// first sentence, a freshman's 发言 titled twice over a byline, an untitled class meeting's 主持词 in
// 女:/男:/合: turns; a report with "六点希望:一是…", a class meeting's plan and a traditional novel
// opening inside a campaign speech as look-alikes; 07–12), specs-c.mjs (education bureaus and
// Teachers' Day: a new president's 讲话 under a run-together meta line, a traditional 讲话 under menu
// lines and a promo, a collection page's 主持词 glued to its piece heading with an agenda 一是…五是, a
// 主持词 with blanked names; a traditional 表彰决定 with emoji and a bureau chief's 工作报告 as
// look-alikes; 13–18). Seven speeches in eighteen pages. Each file's head says how build.mjs applies
// the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
