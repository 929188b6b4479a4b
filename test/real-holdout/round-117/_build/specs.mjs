// Gold specs for holdout round 117, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 118, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (poverty alleviation and paired assistance: a county's
// 主持词 under a breadcrumb with 一是/二是 opening paragraphs, a traditional pinyin mirror's 讲话 with
// several readings in one bracket, an untitled 讲话 to village first secretaries; a report of an
// assistance meeting, a traditional 帮扶 plan and a press conference's transcript as look-alikes; 01–06),
// specs-b.mjs (industry and manufacturing: a traditional mirror's 发言 under a breadcrumb and a headline
// naming its speaker, with a 一、 heading and 一是…三是 inline; a 致辞 with a three-line salutation; a
// 报告 under a press lead with 一、 and a glued (一); a traditional press conference, a traditional report
// of a 调度会 and a 实施意见 as look-alikes; 07–12), specs-c.mjs (Children's Day and the Young Pioneers: a
// reprinted 六一 greeting under a column tag and a source note, a 国旗下讲话 written as a poem, a school
// head's graduation 致辞 with its title three times; a traditional report with pinyin, a report under a
// casino brand and a joke site's article as look-alikes; 13–18). Nine speeches in eighteen pages. Each
// file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
