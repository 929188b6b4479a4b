// Gold specs for holdout round 128, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 127, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (inspection tours: no speech on a fresh host, so six
// look-alikes: a district's report with four 要 points, a county's 巡察公告, a CCTV report under
// "原标题:", a traditional pinyin mirror with a leaked tag, a spun traditional report of a 表态发言, a
// college's report with 一要–三要 inline; 01–06), specs-b.mjs (coming-of-age ceremonies: a collection
// page whose first piece has its own title, a 成人礼 致辞 under the site's title, a principal's 讲话
// among image file names, a parent's 发言 under a slashed school name; a report of a 入党宣誓 with
// 一要–四要 and a planning article as look-alikes; 07–12), specs-c.mjs (international students: a
// principal's VCE graduation 讲话 with 一、/二、 headings, a traditional pinyin 致辞 with no title, a
// traditional 孔子学院日 致辞 on a hijacked page under a press lead, a bilingual 欢迎辞; an admissions
// notice and a report as look-alikes; 13–18). Eight speeches in eighteen pages. Each file's head says
// how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
