// Gold specs for holdout round 136, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 135, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (postal and express delivery: a bilingual World Post Day
// 致辞 with a source watermark glued to its lines, a logistics association's 致辞 under a congratulation
// headline, a traditional pinyin mirror's UPU message; a news report under a casino brand, a news report
// with 一要–四要 and a 倡议书 as look-alikes; 01–06), specs-b.mjs (meteorology: a society congress 致辞 with
// a block 一是 and no title, a 欢迎辞 under a column prefix and a press lead, a bilingual WMO address cut in
// English; a news item under a leaked SQL error, a report with a block 一要 and a novel chapter as
// look-alikes; 07–12), specs-c.mjs (calligraphy and painting: a 书协 congress 开幕词 under a leaked
// template path, a 画院 anniversary 讲话 under a gallery shop's chrome, a 画院 致辞 transcript with 第一是…
// 第三, a book launch 讲话 with 一是/二、; a yearbook's news report and a 心得体会 as look-alikes; 13–18).
// Ten speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
