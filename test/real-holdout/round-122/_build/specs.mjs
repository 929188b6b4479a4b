// Gold specs for holdout round 122, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 121, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (moral models: a 演讲稿 on a collection page under a 小编
// promo and " 篇1" with a glued anti-copy "."; two reports, a forum post on one line under a Discuz edit
// line, a novel's quoted speech and a feature under shop chrome as look-alikes; 01–06), specs-b.mjs
// (Mandarin promotion: a 国旗下讲话 under a breadcrumb naming another article, a provincial 讲话 with the
// speaker inside its title line; two reports, an 倡议书 collection with piece headings glued to the
// addressees and a traditional report with pinyin and garbled runs as look-alikes; 07–12), specs-c.mjs
// (summer camps and study tours: a winter camp's 讲话 printed in Chinese and English, a camper's 发言
// with a dash byline, a traditional safety 发言稿 with pinyin and 1、–7、, a student's 发言 under a series
// tag; an essay with 第一/第二 and a 研学 作文 as look-alikes; 13–18). Seven speeches in eighteen pages.
// Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
