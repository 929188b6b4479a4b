// Gold specs for holdout round 62, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 61, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (work safety and emergencies: a fire-safety speech on
// a collection page with its title broken over three lines and hard wraps, a drill's closing 发言
// under an SEO question headline with 第一,/第二,, a drill speech with 首先,/其次,/最后, a mine rescue
// drill's 解说词 in a PDF viewer; a novel's standing committee and an SEO essay about a mine chief's
// speech as look-alikes; 01–06), specs-b.mjs (funerals, memorials and birthdays: a traditional pinyin
// mirror's 追悼词 under a promo and piece heading, a veterans' 发言 with 第二就是 and a sign-off, a family's
// 答谢词 as a collection's first piece, a clean 寿宴 致辞; a guide to writing 悼词 and a banquet news
// report with leaked base64 images as look-alikes; 07–12), specs-c.mjs (student unions, clubs and
// class meetings: a class reunion 主持词 with 1)–6) notes, a traditional pinyin 团支部 发言提纲 with
// 一、/二、/三、, a 团委 campaign speech with 一、/二、 and 一要, a club president's report speech under an
// SEO title; a novel's campaign speech and a school's class-meeting news with 一是, as look-alikes;
// 13–18). Few speeches with numbered points stood on unused hosts. Each file's head says how build.mjs
// applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
