// Gold specs for holdout round 97, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 98, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (tax and public finance: a traditional bilingual 致辞 from a
// table flattened to text with "|" glued to its lines, a page of a flipbook of 陈云's speeches whose
// title stands only in the running head, hard-wrapped, with 首先/其次/再次; a 税收宣传月 report quoting
// its 致辞 at length, a 通知 on a law database, a 1990 journal's report and a novel's quoted officials as
// look-alikes; 01–06; 02's flipbook chrome comes from the export tool round 57's page used, on another
// publisher's host), specs-b.mjs (archives and libraries: an archives meeting's 讲话 whose 、 and 。 were
// mis-encoded as "?", a school 读书节's 主持词 with XXX placeholders and stage directions, a traditional
// blog's 图书馆 演讲稿 under its meta line; a new library's opening told with 首先…接着…最后, a Taiwan
// library's report of two 致詞 and a traditional novel with dropped characters as look-alikes; 07–12),
// specs-c.mjs (meteorology and hydrology: the Hong Kong Observatory's 世界氣象日 講稿 under a two-line
// title with "(1)…(4)" staff lines; a 工作报告 to a 表彰大会 on a pinyin mirror, a novel's 防汛 meeting,
// a 气象局 report with 一是/二是, a hydrology station's centenary report with its summary one character
// to a line and a 慰问 report with 首先 as look-alikes; 13–18). Six speeches in eighteen pages. Each
// file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
