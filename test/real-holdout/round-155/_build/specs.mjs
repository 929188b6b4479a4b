// Gold specs for holdout round 155, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 156, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (bamboo, forestry products and timber: a furniture
// association chairman's 讲话 under a press lead with its own 一是…四是 and "以下为讲话全文:", a door maker's
// 致辞 with no title and no noise; a forestry chief's signed article with 一、/一是, a feature on a pinyin
// mirror, a report flattened onto one line and a timber-fair report as look-alikes; 01–06), specs-b.mjs
// (bridges, shipbuilding and major works: a bilingual 致詞 at a ship's christening on one line; a news
// report quoting the president's 第一,/第二,, a novel chapter, a fill-in news template, a county's
// groundbreaking news and a generated article as look-alikes; 07–12), specs-c.mjs (intellectual property:
// a copyright conference 讲话 with 一、 headings and no title, a lecture transcript under "作者:标题" and
// 编者按, a court leader's 讲话 with an inline 一是。二是。三是, a deputy minister's 讲话 under a byline; two
// news reports as look-alikes; 13–18). Seven speeches in eighteen pages. Each file's head says how
// build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
