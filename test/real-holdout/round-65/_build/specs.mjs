// Gold specs for holdout round 65, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 66, one file each, the six helpers reading
// both rounds' claims lists of hosts, until the session's search budget ran out: specs-a.mjs (party
// congresses and elections: a 1982 闭幕词 on a party-history site under a 【闭幕词】 tag, a village
// committee election's 主持词 as a collection's first piece with 一、 and 1、/一是; a traditional pinyin
// branch-election news, a novel's acceptance speech, a government Q&A on a members' meeting agenda and
// a traditional pinyin 团代会 report as look-alikes; 01–06), specs-b.mjs (inspection and audit meetings:
// no speech stood on an unused host, six look-alikes — a traditional pinyin mirror's inspection news
// with doubled commas and 一是/一要, an audit kick-off news with a leaked Markdown image, a government
// 通报 under its disclosure grid, a press Q&A under a casino header, a documentary's narration script,
// a novel's inspection team; 07–12), specs-c.mjs (study and self-criticism meetings: a company's 动员
// 大会 speech with 一、 over 1、, a traditional pinyin mirror's 党课 with a "--" source line and 一、 over
// 1., a party school's closing remarks with scrape substitutions; an essay-contest 体会, a guide to
// study-group papers and a 总结 as look-alikes; 13–18). Five speeches in eighteen pages. Each file's
// head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
