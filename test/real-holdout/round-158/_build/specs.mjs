// Gold specs for holdout round 158, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 157, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (winter sports, ice and snow: a winter sports meet's
// 开幕词 on a collection page, the Winter Olympics commendation 讲话 on a toneless pinyin mirror under a
// hijack brand, two 演讲稿 on collection pages with 篇1/篇2; a news report with headings split over two
// lines and a report on a pinyin mirror as look-alikes; 01–06), specs-b.mjs (urban transit: a mayor's
// 讲话 on a pinyin mirror with its title glued to the salutation and its full stops lost, a student's
// 演讲稿 with the site's domain glued mid-sentence, a BRT launch's 主持词, a rail-transit forum's 讲话
// with its byline printed twice; a news report printed with runs of commas and a 乘客须知 on a hijacked
// copy as look-alikes; 07–12), specs-c.mjs (fire safety: a how-to site's 讲座稿 numbered as steps, a
// school fire lecture's 主持词 with a glued keyword run, a pupil's 国旗下演讲 under its column label, a
// forest-fire 演讲稿 as a Q&A page's answer with a hex marker and a jammer run; a drill 方案 and an essay
// addressing "同志" as look-alikes; 13–18). Twelve speeches in eighteen pages. Each file's head says how
// build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
