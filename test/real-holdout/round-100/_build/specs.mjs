// Gold specs for holdout round 100, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 99, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (supply and marketing co-operatives and markets: a 座谈会
// 讲话 under a column label with inline 第一个感受是… and a block "第一:", a 总商会 中秋 讲话 in a document
// viewer with page numbers glued before the title and inside a word; an article on 总社's seventy years
// with 一、 and 第一、, a fruit market's 年会 report, a 通知 with an addressee line and contacts and a
// market groundbreaking's report as look-alikes; 01–06), specs-b.mjs (letters and visits, mediation and
// community governance: six look-alikes and no speech — two traditional mirrors' reports, one with
// 一是…四是要 and one with pinyin and doubled commas, a portal's report opening with a contestant's
// quoted 演讲, a signed newspaper article with a —— subtitle, a byline and 一、, a 实施方案 captured from
// its 四、 and a personal essay with 一、/二、 and 一是/二是; 07–12), specs-c.mjs (hospitals and nurses: a
// 新门诊楼 落成 讲话 under a site name and its title twice, a short 新春致辞 with no salutation (363
// characters, all the store holds), an untitled 医师节 greeting; a hospital's report with 一是/一要, a 护士节
// 方案 with 一、 and 1. and a traditional 职代会 report as look-alikes; 13–18). Five speeches in eighteen
// pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
