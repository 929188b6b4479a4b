// Gold specs for holdout round 85, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 86, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins, so few numbered points are in it: specs-a.mjs (schools: a dean's
// graduation 讲话 on a hijacked page whose casino brand replaced the school's name, a principal's
// parents'-evening 演讲稿 with a 小编 promo, a "一、" heading and a trial copy's hidden-words fold, an
// alumna's reunion 发言 on a hijacked alumni page, a college head's 开学 致辞 on a traditional mirror with
// converter pinyin; two school news reports with numbered points told in the third person as
// look-alikes; 01–06), specs-b.mjs (the countryside: an English 演讲稿 under a Chinese summary line, a
// company's WeChat 新年贺词 to its growers; a novel's quoted 致辞, a village news report, a student team's
// 调研 report and a traditional news report with converter pinyin as look-alikes; 07–12), specs-c.mjs
// (safety: a traditional collection page's 消防 致辞 under a promo and a glued piece heading, a 119
// launch 讲话 with an empty "时间:" line, an 演讲稿 under an SEO page title glued again mid-text; a news
// report quoting 一是…三是, a novel's safety-meeting quarrel and an 应急预案 flattened onto one line as
// look-alikes; 13–18). Nine speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
