// Gold specs for holdout round 144, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 143, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (hotels and catering: an association's 发言 under a "| speaker"
// headline and a series lead, a 民宿 meeting's 讲话 under its document heading, a chef's 竞聘 演讲稿 from a
// collection, a hotel group's New Year 贺词 with no title; a news report and an opening-ceremony plan as
// look-alikes; 01–06), specs-b.mjs (real estate and housing: a ground-breaking 致辞 with its title twice around
// a meta line; four news reports and an owners' activity plan as look-alikes; 07–12), specs-c.mjs (supply-and-
// marketing co-operatives: an e-commerce summit's 演讲 under a headline printed four times, a pinyin mirror's
// conference transcript under a 【導語】; a co-operative's 章程, two news reports and a memoir as look-alikes;
// 13–18). Seven speeches in eighteen pages: the themes' speeches stand mostly on used hosts. Each file's head
// says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
