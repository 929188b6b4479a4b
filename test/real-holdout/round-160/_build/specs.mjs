// Gold specs for holdout round 160, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 159, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (e-sports and games: two games-industry 致辞/演讲 by
// the same official, one on a pinyin mirror, one on a clean page with block 一是, a bridge federation's
// 致辞, an e-sports 演讲稿 under an SEO title; a Go congress report and a 竞赛规程 as look-alikes; 01–06),
// specs-b.mjs (hot springs and wellness: four 康养 致辞 — a slogan title with 一是 after a colon, a
// two-line title on a pinyin mirror, a betting brand glued four times, a photo caption and an editor's
// line; a report with block 一是 and a hot-spring guide as look-alikes; 07–12), specs-c.mjs (cycling: a
// team leader's year-end 讲话 on a hijacked film site, a press conference's 发布词 transcript on a pinyin
// mirror, a 国旗下讲话 on riding safely with 一、二、三、, an AI-written talk with a chatbot's sign-off; a
// county report and a 竞赛规程 as look-alikes; 13–18). Twelve speeches in eighteen pages. Each file's head
// says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
