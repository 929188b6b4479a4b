// Gold specs for holdout round 82, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 81, one file each, the six helpers reading
// both rounds' claims lists of hosts; the session's search budget ran out early, and parts B and C hold
// more look-alikes than speeches: specs-a.mjs (embassies and diplomacy: a National Day reception 演講詞 in
// native traditional script between language-switch lines, a book launch 致辞 flattened onto one line, a
// lecture's 文字實錄 under a 編者按 and a transcript label, a 讲话 on foreign-affairs work that opens on
// "同志们:"; a forum's print view of a reception report and an essay on writing 涉外演讲 as look-alikes;
// 01–06), specs-b.mjs (tree planting and greening: a 植树节 主持词 collection with piece headings; a
// fill-in template, a traditional report, a traditional 活動紀要, a county head's blog column and an
// article quoting Deng Xiaoping as look-alikes; 07–12), specs-c.mjs (company ceremonies: a Taiwan blog's
// 致詞稿 with its 時間/地點 lines, a Hong Kong opening 致辭 under an English lead with mojibake runs; two
// novel chapters, an etiquette book's chapter with 一是…三是 and a traditional report as look-alikes;
// 13–18). Seven speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
