// Gold specs for holdout round 172, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 171, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (volunteers and Lei Feng: a League secretary's 讲话 under
// a breadcrumb and a bulleted title, a volunteer's 发言 with 一、 over 1、/2、, a 国旗下讲话 on a pinyin mirror
// with no title, a 党课 on a collection page; a 倡议书 and a news report on one line as look-alikes; 01–06),
// specs-b.mjs (party lessons: a 党课 in a forum's printable view, a class opening's 讲话 with 第一, under a
// bare name, a 国旗下讲话 under a column title with 首先; a novel chapter, a commentary and a pinyin
// mirror's news as look-alikes; 07–12), specs-c.mjs (family occasions: a clan elder's 致辞 under an SEO
// headline, a son's thanks at a funeral banquet on a traditional mirror, a son's 答辞 in a forum post; an
// essay, a writing guide and a novel chapter as look-alikes; 13–18). Ten speeches in eighteen pages. Each
// file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
