// Gold specs for holdout round 89, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 90, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins, so the round holds more look-alikes than speeches: specs-a.mjs (women
// and families: a mass organisation's 贺词 at the 妇女十大 under a university site's breadcrumb and CMS
// fields, a family's 发言 from the women's federation's digest; a Macau e-paper's report, a 妇联 meeting's
// news with 一要/二要/三要, a 党史日历 entry quoting a speech and a town 妇联's 总结 on a traditional
// pinyin mirror as look-alikes; 01–06), specs-b.mjs (trade unions and model workers: an untitled 致辞 at
// a model workers' reception, a 1950 May Day 演说 with its date on the title line; a traditional news
// report, a hijacked domain's word-swapped report, a novel's workers' congress and a forum archiver's
// report as look-alikes; 07–12), specs-c.mjs (youth: a 五四 flag-raising talk under a headline naming
// the week and the speaker, a volunteer 倡议 flattened onto one line with 一…二… and no separator; a
// 团委 通知, a 座谈会 report with 一是要/二是要, a book chapter and a school's 入团仪式 news as
// look-alikes; 13–18). Six speeches in eighteen pages. Each file's head says how build.mjs applies
// the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
