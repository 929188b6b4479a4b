// Gold specs for holdout round 120, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 119, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (incubators and start-ups: an unveiling 致辞 under a press
// lead and a pull quote, a university's 讲话 under a breadcrumb and empty meta fields, a leader's speech
// as a paper printed it with 其一/其二/其三; a report, a traditional report with doubled commas and a
// novel's award ceremony as look-alikes; 01–06), specs-b.mjs (ideological and political education: a
// student's 发言 under a series tag with block 一是/二是, a lecture under an editor's note, a teacher's
// 开学第一课 演讲稿, an untitled principal's 讲话; a 说课 script and a 心得体会 as look-alikes; 07–12),
// specs-c.mjs (public order and anti-gang campaigns: a 国旗下演讲 printed in a school's report under
// image lines and name labels; a report with literal "\r\n" lines, a report with a casino brand glued
// into its prose, a traditional 通告 with pinyin, a commentary with 首先/其次 and a novel as look-alikes;
// 13–18). Eight speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
