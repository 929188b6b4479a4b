// Gold specs for holdout round 28, written from page.txt alone, before any engine ran on it. The
// round was made in three parts, one file each: specs-a.mjs (the economy and state enterprises: a
// project ground-breaking speech in a viewer, a 招商 rally speech in a 文库 chunk view, a 招商引资
// 表彰 speech, a 国资委 speech on a traditional mirror, with a company news item and an insurer's
// 工作总结 as look-alikes; 01–06), specs-b.mjs (document viewers and 文库 pages: a union election
// 主持词, a student 演讲稿 with a hidden-words line, a pupil's 教师节 演讲 with a planted gibberish
// line, with a 申论 guide and a celebration's running order as look-alikes; 07, 09–12: 08 was taken
// out, being round 10's page), specs-c.mjs (talent, science and innovation: a contest's closing
// speech in a newspaper's digital edition, a prize winner's 发言, a talent-bureau head at a forum, an
// entrepreneur's hard-wrapped remarks, with an institute's news item and a forum story as
// look-alikes; 13–18). Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
