// Gold specs for holdout round 75, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 76, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (party schools and cadre training: a trainee's 结业式
// 发言 that opens on its dash subtitle, with a block 第一, and "第一个感谢" ordinals; a traditional pinyin
// mirror of the 中央党校 开学典礼 讲话 with a two-line title and a photo caption; a training-class opening
// 讲话 with a standalone 一要 line and block 一是/二是 under it; a class monitor's 毕业典礼 发言 under a
// slogan title; a report of a party school's 开学典礼 with 一是/二是/三是 and a yearbook's 毕业赋 as
// look-alikes; 01–06), specs-b.mjs (organisation departments and cadre meetings: a 送干部 讲话 on a
// collection page with its promo and "篇1:", a traditional pinyin mirror's 讲话 with a dash subtitle, a
// bare name and a block 第一,, a 离任讲话 on a quotes site glued onto one line, a 离任讲话 in a book's
// chapter under its editors' lead; a 组工 portal's report of a 选调生 座谈会 and a novel's cadre meeting as
// look-alikes; 07–12), specs-c.mjs (poverty alleviation and pairing aid: a 扶贫日 讲话 under a brand with a
// time glued to it and "1. 【title】", a traditional collection's 发言 with 一、 and 1、, a 主持词 with no
// title, a Xinhua reprint of a 座谈会 讲话 on a WAP page; a traditional novel's 欢迎辞 and a report of a
// farewell for 援疆 cadres as look-alikes; 13–18). Twelve speeches in eighteen pages. Each file's head
// says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
