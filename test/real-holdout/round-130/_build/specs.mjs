// Gold specs for holdout round 130, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 129, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (social credit and integrity: a 讲话 under a fake brand line,
// a meta line and an editor's lead, two 国旗下讲话 under a bracketed label and a school's menu and
// breadcrumb, a 演讲稿 with its genre prefix; a traditional 倡议书 with pinyin and a report with block
// 一是–三是 as look-alikes; 01–06), specs-b.mjs (job debriefings: a bureau head's 动员讲话 under a site tag
// glued to the title, with 首先 and 1、; two reports, two traditional writing guides and a novel chapter as
// look-alikes; 07–12), specs-c.mjs (waste sorting: a traditional 国旗下讲话 with no title and 一、–四、,
// a 国旗下讲话 with "1.…2.…" run together after a colon, a traditional pinyin mirror's 国旗下讲话 under
// leaked tags; a report, a Xinhua report with anti-copy junk and a 倡议书 as look-alikes; 13–18). Eight
// speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
