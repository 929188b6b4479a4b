// Gold specs for holdout round 134, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 133, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (chess tournaments: a 发言稿 under an SEO page title with
// 一、–三、, a go portal's 致辞 under a press lead "以下为致辞全文:", a 闭幕式讲话 under a 温馨提示 promo, a
// forum post's 闭幕词 with a two-line title; a report and a 竞赛规程 as look-alikes; 01–06), specs-b.mjs
// (workers' congresses: a union congress's 闭幕词 with no noise, a 教代会 开幕词 under a tag line and a
// title-and-address line, a society's 讲话 on one line; two reports and a committee's duties as
// look-alikes; 07–12), specs-c.mjs (returned scholars: a traditional pinyin 致辞 under a casino brand with
// 一是–三是, a clean 致辞 with no title, a 演讲稿 under a long lead and "演讲全文:", a pupil's talk on one
// line; a report and traditional policy clauses as look-alikes; 13–18). Eleven speeches in eighteen
// pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
