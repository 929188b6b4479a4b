// Gold specs for holdout round 105, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 106, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (statistics and censuses: a census leading group's 讲话
// reprinted on a city site under its own headline, with a "——在…上的讲话" subtitle and a byline; a
// traditional census report, a newspaper's 侧记 with a dash subtitle, a traditional GDP release under
// a spam header, a novel chapter and a forum essay with a quoted "1、2、3" as look-alikes; 01–06),
// specs-b.mjs (urban management and civilised-city campaigns: a 动员会 讲话 as a dictionary site's
// one-line snippet with its title glued before "同志们:"; a sanitation-day report quoting a pledge,
// a 倡议书 collection page with "(通用27篇)" and "篇1", and three reports, two of them traditional
// pinyin mirrors, as look-alikes; 07–12), specs-c.mjs (public security: an untitled 平安建设 讲话 with
// 首先/其次/再次/最后, a new officer's 发言 at a training class; a 扫黑除恶 report with 一要 after
// "强调,", a police 通报 in an app's chrome, a bureau's 一封信 to families opening "同志们:" and a novel
// chapter as look-alikes; 13–18). Four speeches in eighteen pages. Each file's head says how build.mjs
// applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
