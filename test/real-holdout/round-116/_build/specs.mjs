// Gold specs for holdout round 116, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 115, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (speech contests and award ceremonies: an untitled 主持词
// opening a contest, a teacher's 发言 under a genre definition glued to a 小编 promo, an award 致辞
// under brand lines and a leaked Markdown heading; a newspaper's 侧记, a traditional report with pinyin
// and garbled runs and a novel's quoted acceptance speech as look-alikes; 01–06), specs-b.mjs
// (parents' meetings: a parent's untitled 发言, a teacher's 讲话 on a traditional pinyin mirror; a
// principal's newsletter letter, a teacher's letter in a diary, a 家委会 plan with its contents printed
// twice and a novel's parents' meeting as look-alikes; 07–12), specs-c.mjs (fire services: a 国旗下讲话
// under the school page's headline with 第一/第二/第三 questions, a traditional 国旗下演讲 under photo
// captions, a drill's closing 讲话 printed twice with a disclaimer footer; a report of a skills contest
// with 一要…三是, a 应急预案 通知 with decimal headings and a school report as look-alikes; 13–18).
// Eight speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
