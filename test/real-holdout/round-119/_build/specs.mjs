// Gold specs for holdout round 119, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 120, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (traditional Chinese medicine: an untitled 1982 讲话 opening
// on its date line, a 开幕式 致辞 under a quote headline in a traditional body, a 揭牌 致辞 with a quote
// mark glued to its salutation; a traditional report with pinyin, a 实施方案 notice with field lines and a
// report with 一要…四要 as look-alikes; 01–06), specs-b.mjs (industry associations: a 发言稿 on a
// collection page with 一、 and 1、–4、, a traditional 致词 under a pull quote and a "…致词全文:" label, a
// clan association's 讲话 with its body as byline, a 老乡会 speech in an online diary under date and
// weather lines; a 章程 and a report with block 一、–三、 as look-alikes; 07–12), specs-c.mjs (anti-drug
// campaigns: an untitled school talk with 1.–6., a 国旗下讲话 whose title carries date and speaker with
// 1.–4., a 国旗下演讲 under a breadcrumb with "image.png" lines; a report with 一要/二要, an 倡议书 with
// 一、–四、 and a school 简报 as look-alikes; 13–18). Ten speeches in eighteen pages. Each file's head says
// how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
