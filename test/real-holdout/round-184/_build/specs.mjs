// Gold specs for holdout round 184, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 183, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (mental health and campus safety: three 国旗下讲话, under a
// school's chrome, a bar kicker and a split poster label, and a flag-raising 主持词 holding a pupil's talk;
// two news reports as look-alikes; 01–06), specs-b.mjs (villages and grassroots cadres: a summit 演讲 under a
// press headline with 一是 points, a 发言 at a cooperatives' meeting; two news reports, a model charter and a
// report on a pinyin mirror as look-alikes; 07–12), specs-c.mjs (arts festivals and choirs: a gala's 闭幕词
// on a collection page, an alumnus's 发言, a host's opening words, a class teacher's 元旦 致辞; two news
// reports as look-alikes; 13–18). Ten speeches in eighteen pages. Each file's head says how build.mjs
// applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
