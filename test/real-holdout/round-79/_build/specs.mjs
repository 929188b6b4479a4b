// Gold specs for holdout round 79, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 80, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (cultural relics and intangible heritage: a 文物普查
// 报告 given at a work meeting under a site's variant headline, with a "[全文]" tag glued to its subtitle
// and 一、 over (一); a symposium 发言 under a press lead and captions with block 一、/二、; a warden's 发言
// on an old forum with its tools and a bare name; a traditional pinyin mirror's report and a novel chapter
// as look-alikes; 01–06; a 非遗 ceremony 致辞 on 光明网 set aside at the merge as a template twin), specs-b.mjs (energy saving and low-carbon work: a prize 演讲稿 with an award label and block
// "首先是…"/"其次是…", a 垃圾分类 讲话稿 on a collection page with a page number and a document's running
// header glued mid-sentence, a 国旗下讲话稿 with a viewer label alone mid-speech, an 演讲稿 with three 一、
// headings each over its own 1. run; a 节能 倡议书 and a county launch report with "1.png" lines as
// look-alikes; 07–12), specs-c.mjs (telecom operators and power supply: an operator's 致辞 on a collection
// page with its name alone on a line and an image's file name, a traditional pinyin mirror's untitled
// 党课, an 演讲稿 on a Q&A page under a question title printed three times, a 贺词 under leaked BBCode; a
// vice-minister's 一要…四要 reported and a traditional mirror's quoted farewell letter as look-alikes;
// 13–18). Eleven speeches in seventeen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
