// Gold specs for holdout round 199, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 200, one file each, the six helpers reading
// both rounds' claims lists of hosts and checking each host with scripts/holdout-hosts.mjs: specs-a.mjs (communities and
// neighbourhoods: a 创文 演讲稿 collection with a site promo and a piece heading, a school's 国旗下讲话 flattened onto one
// line, a traditional pinyin mirror's branch 发言 with no title; a 邻里节 report, a 创文 誓师 report and a 网格员 report as
// look-alikes; 01–06), specs-b.mjs (secrecy, archives and cyber security: a Hong Kong bureau's 致辭 under a press headline,
// a Macau legislator's 議程前發言 with block points, a Legislative Council speech on an author's archive page; an archives
// topic page, a secrecy bureau's report and lecture notes as look-alikes; 07–12), specs-c.mjs (the army and veterans: two
// press pages' addresses under a "致詞內容為:" label, a Facebook archive's post on one line, a blog repost of a 1941 address;
// a novel's 徵兵動員報告 and a pinyin mirror's 座谈会 report as look-alikes; 13–18). Ten speeches in eighteen pages. Each
// file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
