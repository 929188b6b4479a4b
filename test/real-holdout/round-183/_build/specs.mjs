// Gold specs for holdout round 183, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 184, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (talent and employment: a written 致辞 under a press lead
// on a pinyin mirror, a technician college's opening 讲话 with no noise, a newspaper page of talent
// representatives' 发言 with 一是 points, a technical school's 开学第一课 under leaked tags on a hijacked
// domain; an employment guide and a novel chapter as look-alikes; 01–06), specs-b.mjs (student
// organisations, five pages: a student-union president's 致辞 on a pinyin mirror; two news reports, an
// editorial and a novel chapter as look-alikes; 07–11), specs-c.mjs (power, post, banking and insurance: a
// telecom 致辞 under a press line on a pinyin mirror, a retiring manager's 致辞 under a news item; four
// reports as look-alikes; 13–18). Seven speeches in seventeen pages. Each file's head says how build.mjs
// applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
