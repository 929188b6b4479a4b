// Gold specs for holdout round 162, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 161, one file each, the six helpers reading
// both rounds' claims lists of hosts; the search tool's budget ran out during all three: specs-a.mjs
// (time-honoured brands and crafts: a pupil's 演讲稿 on hometown traditions with its English version
// under it; a 倡议书, a novel chapter, a report under a casino-branded headline, a 通知 with leaked tags
// and a personal essay as look-alikes; 01–06), specs-b.mjs (libraries and reading: a 开幕词 in a
// document viewer with its download notice, a pupil's 国旗下讲话 on World Book Day; a report on one line
// with 第一,/第二, a book-fair report on a pinyin mirror, a reading session's report and a magazine article
// in a forum's printable view as look-alikes; 07–12), specs-c.mjs (village and community governance: a
// neighbourliness meeting's closing 讲话, a veteran's 讲话 at a village self-government seminar, a
// netizens' association's 祝词; a 村规民约 on a pinyin mirror, an election report and a social worker's
// essay as look-alikes; 13–18). Six speeches in eighteen pages. Each file's head says how build.mjs
// applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
