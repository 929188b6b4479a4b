// Gold specs for holdout round 91, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 92, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins, so the round holds more look-alikes than speeches: specs-a.mjs (social
// security and medical insurance: a student's 微团课 talk on a casino-branded school site whose body lost
// a character of every 医保, a 工伤保险 contest 讲话 transcript with "第一个就是"; a traditional news
// report with 第一/第二/第三, a pinyin mirror of a ministry meeting with 一要/二要, a novel's 医改 讲话
// and a county's speech-contest news as look-alikes; 01–06), specs-b.mjs (commerce and logistics: an
// association's New Year 讲话 under a column label with a dash subtitle and 一是…四是 after a colon, a
// shipping summit's 欢迎词 on one line; a logistics 工作报告, a traditional novel chapter, a commerce
// site's news and a pinyin mirror's news as look-alikes; 07–12), specs-c.mjs (the press and
// publishing: a collection page's 讲话 with "(必备3篇)" and "篇1", a 致辞 with a dash subtitle and
// byline and no site noise, two traditional pinyin mirrors' 致辞; a 记者节 news report and a 融媒体中心
// report with block 一要/二要/三要 as look-alikes; 13–18). Eight speeches in eighteen pages. Each
// file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
