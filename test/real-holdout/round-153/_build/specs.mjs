// Gold specs for holdout round 153, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 154, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (the chemical industry: a safety association's New Year
// 致辞, a veteran's 发言 and an excerpted 党课 on pinyin mirrors, a safety contest's 主持词 in a collection; a
// news report on a casino mirror and a 通知 forwarding a 通报 as look-alikes; 01–06), specs-b.mjs (civil
// aviation, taken at aviation universities: an opening 讲话 among lone bars, a graduation 讲话 headlined 寄語
// on a pinyin mirror with 第一/第二, a graduation 讲话 under a portal headline, one under a photo caption; a
// news report and a poem as look-alikes; 07–12), specs-c.mjs (ceramics and porcelain: a symposium's 开幕词, a
// spun 五四 talk with 一、, an e-paper's 发言, a university's 新年献词; a novel chapter and a pinyin mirror's
// report as look-alikes; 13–18). Twelve speeches in eighteen pages. Each file's head says how build.mjs
// applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
