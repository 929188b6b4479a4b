// Gold specs for holdout round 176, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 175, one file each, the six helpers reading
// both rounds' claims lists of hosts (the search budget ran out during it): specs-a.mjs (graduations: a
// principal's 致辞 on a collection page with a hidden-text fold glued mid-sentence, a graduate's 发言 under a
// casino brand, a teacher's 讲话 with no title, a film's valedictorian speech posted on a forum; a news
// report in mixed scripts and an essay as look-alikes; 01–06), specs-b.mjs (party congresses and elections:
// no speech on a new host — a press release, four news reports, one spun and one wedged with SEO lines, and a
// novel chapter; 07–12), specs-c.mjs (the digital economy: a forum's 致辞 under a "以下为…致辞实录" lead, a
// 讲话 transcript under a lead printed twice, a 主旨演讲 and a 致辞 on pinyin mirrors; a news report and a
// research article as look-alikes; 13–18). Eight speeches in eighteen pages. Each file's head says how
// build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
