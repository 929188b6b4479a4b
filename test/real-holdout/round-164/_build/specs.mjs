// Gold specs for holdout round 164, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 163, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (tobacco, salt and state monopolies: a tobacco worker's
// 演讲稿 under a category label and a domain tag, a 国旗下讲话 on tobacco control with 1、–5、 proposals; a
// news report with 一要/二要, a 心得 essay on an IP-address mirror, a 规章制度 collection with 篇1 and 第一条
// and a novel chapter as look-alikes; 01–06), specs-b.mjs (marathons and running: a 国旗下讲话 before a
// track meet and a long-distance race's 讲话稿 on pinyin mirrors, a sports meet's 致辞; two marathon news
// reports and a keyword-spun article as look-alikes; 07–12), specs-c.mjs (ethnic unity and religious
// affairs: a Taoist temple's 讲话 in traditional script, a Buddhist conference's 开幕词, a 讲话 under bar
// lines, a pupil's 演讲 with no title; a 宣传教育提纲 on a pinyin mirror and a work report as look-alikes;
// 13–18). Nine speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
