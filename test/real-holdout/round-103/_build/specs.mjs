// Gold specs for holdout round 103, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 104, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (ports, shipping and fisheries: a vice-minister's 航海日
// 讲话 under a one-line press lead, hard-wrapped, with no title; a Discuz post's report with anti-copy
// junk, a hijacked 休渔 通告 with its years stripped, two traditional mirrors' reports with 一是要 and
// 一要 and a report whose photo captions read like speech headings as look-alikes; 01–06), specs-b.mjs
// (aviation and airports: a traditional mirror's 年会致辞 under a "…以下是全文:" lead with doubled
// commas, a bilingual 致辞 in a forum post under two press leads, an airworthiness talk under a quote
// headline with 一、 and 第一个词是…; an airline's new-year message flattened onto one line, an airport
// report and a traditional 聲明 as look-alikes; 07–12), specs-c.mjs (mining and geology: a survey
// team's 50th-anniversary 致辞 under a breadcrumb and meta line, a youth 发言 reposted in parts under
// the poster's 按语; a traditional pinyin report with 一是…三是, a mine's 复工 report, a commentary and a
// geologist's diary on a novel site as look-alikes; 13–18). Six speeches in eighteen pages. Each file's
// head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
