// Gold specs for holdout round 96, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 95, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (electric power and energy: six look-alikes and no speech,
// two news reports with a run of 一是…五是 after full stops, a county's 有序用电 通知 with an addressee
// line and 一、…五、, a novel quoting a 开工仪式 speech with 一是/二是/三是, a 贺信 on a 光伏 grid
// connection, and a 职代会 report; 01–06), specs-b.mjs (postal services, couriers and railways: a
// courier association's 换届 讲话 with a name line and a block 一、, a traditional pinyin copy of a
// railway 动员 讲话 with no title, a 护路 演讲稿 with its title glued before the salutation; a China Post
// report with 一是/一要, a 倡议书 with 一、 headings and a high-speed railway opening's news as
// look-alikes; 07–12), specs-c.mjs (social sciences and local chronicles: a 通志 总编's 讲话 under a
// headline, time line, —— subtitle and byline with 第一、, a 市志 首发式 讲话 with a 一是 heading line, a
// journal site's search listing of two 地方志 speeches, an untitled 研讨会 开幕 致辞 with no noise; a 社科联
// congress e-paper report and a page 3 of a 社科普及周 方案 as look-alikes; 13–18). Seven speeches in
// eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
