// Gold specs for holdout round 125, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 126, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (road traffic safety: a school's 国旗下的演讲 under a column
// label, a breadcrumb and a meta line with an image file's name, a 春运 launch 讲话 whose own title is
// glued before "同志们:"; a report of a 122 launch, a 通知 with a document number and a forum archive's
// report as look-alikes; 01–06), specs-b.mjs (anti-fraud campaigns: no speech on a fresh host; an 倡议书
// with 一、 and 1.–4., reports with a rhyme, a quoted greeting and a breadcrumb, an essay in a company
// paper and a traditional report with pinyin, all look-alikes; 07–12), specs-c.mjs (national security
// education: an untitled 讲话 on one line with 一、 and (一)/(二), a 国旗下讲话 under a "【思政】" tag, a
// 国旗下演讲 under a label headline; a spam mirror's report with pinyin, a knowledge article and a school
// report under a casino brand as look-alikes; 13–18). Five speeches in eighteen pages. Each file's head
// says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
