// Gold specs for holdout round 108, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 107, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (consumer rights and market regulation: an untitled 致辞 on
// a university database page with block 一要…四要, a traditional pinyin 致辞 under a quote headline with
// a stock widget glued in, a 讲话 announcing three questions with its publisher's transcript note, a
// short 3·15 address with a keyword glued to a paragraph; a 消费提示 and a district report with block
// 二是/三是 as look-alikes; 01–06), specs-b.mjs (literature and art federations: a traditional 发言 under
// a spam line, a breadcrumb and pinyin in its title, a traditional 致辞 under a spaced meta line with its
// date and byline, a seminar's 主持词 under field lines and a speaker label, a book chapter's 讲话 cut
// before its genre under an app paywall; an exhibition's 前言 and a traditional report as look-alikes;
// 07–12), specs-c.mjs (work style in government offices: an untitled 党课 with 一、 and (一)/(二), a
// 讲话 titled twice around a poster's name with a download paywall; a traditional novel with quoted
// “第一,…”, a traditional report split by spam keywords, a city's report and a traditional commentary
// on one line as look-alikes; 13–18). Ten speeches in eighteen pages. Each file's head says how
// build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
