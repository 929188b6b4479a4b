// Gold specs for holdout round 104, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 103, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (volunteers and learning from Lei Feng: a 国旗下讲话 under a
// portal's "现将全文分享如下:" lead with a 一、 heading, one under a breadcrumb with a spaced-out watermark
// above and below it, a volunteer's 发言 under a spaced breadcrumb and a read count, a traditional pinyin
// 国旗下讲话 on one line; an 倡议书 with 一、/二、/三、 and a launch report with 一是 after a colon as
// look-alikes; 01–06), specs-b.mjs (kindergartens: a principal's 发言稿 on a collection page with
// "篇一", 一是/二是 and 1、–4、, a graduation 发言稿 with verse lines printed twice, an untitled parent's
// 发言 with 首先 and 最后, an SEO blog's 六一 致辞 under a summary; a 通知 to parents and a traditional
// report as look-alikes; 07–12), specs-c.mjs (farewells and taking office: a president's 离任讲话 in a
// forum's printable view with an inline 一是; a reporter's farewell sold as a 发言稿, a traditional 任免
// 通知, a new president's report with bar lines, a retirees' meeting report and a Taiwan blog's
// farewell as look-alikes; 13–18). Seven speeches in eighteen pages. Each file's head says how
// build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
