// Gold specs for holdout round 135, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 136, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (tea culture and the tea industry: a ministry's 国际茶日 致辞
// on one line with 一要–三要 after a colon, a model 演讲 under a speaking exercise's prompt with 首先/其次/
// 最后, two traditional pinyin mirrors' New Year 献词 and 贺词 under an editor's lead; two news reports as
// look-alikes; 01–06), specs-b.mjs (metrology, standards and quality: a standards chairman's 欢迎辞 with
// 首先是/其次是/第三是 blocks, a committee's founding 讲话 under a crumb and a bracketed event name, two
// traditional pinyin mirrors' 致辞 (世界计量日, a group-standards committee); a novel chapter and a news
// report with multiplied punctuation as look-alikes; 07–12), specs-c.mjs (revolutionary old areas and red
// tourism: a 老促会 讲话 with 一、 and 一是–三是, a 讲话 printed on one line under its byline, a traditional
// 解说词 with its title printed three times, a memorial halls' forum 致辞 with no title; a novel chapter
// and a red-tourism festival report as look-alikes; 13–18). Twelve speeches in eighteen pages. Each file's
// head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
