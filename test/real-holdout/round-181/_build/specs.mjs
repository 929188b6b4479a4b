// Gold specs for holdout round 181, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 182, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (school holidays and safety: a 国旗下讲话 with two numbered
// runs and a word the site filtered out, a principal's 寒假休业式 讲话 on a collection page, a 清明 讲话 on a
// pinyin mirror; a university's holiday message, a news report and a letter to parents as look-alikes;
// 01–06), specs-b.mjs (traditional and family festivals: two 国旗下讲话, one titled only by its breadcrumb,
// a 父親節演講稿 on a traditional collection page, a 母亲节 致辞 under a casino brand; a news report and a
// holiday notice as look-alikes; 07–12), specs-c.mjs (on-site meetings and inspections: no speech on a new
// host — four news reports, a commentary and a writing guide; 13–18). Seven speeches in eighteen pages.
// Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
