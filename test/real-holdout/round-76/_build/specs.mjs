// Gold specs for holdout round 76, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 75, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (development zones and industrial parks: a video 致辞
// reposted on a spam site with its headline stuffed between paragraphs and inside sentences, a two-host
// 主持词 under event fields with 男:/女:/合: turns, a traditional 贺词 whose slogan title differs from the
// headline, a traditional pinyin mirror's 开幕致辞 under the speaker's bare name with an editor's note; a
// casino-branded report of a groundbreaking and a novel quoting a report with 五是/六是 as look-alikes;
// 01–06), specs-b.mjs (vocational schools and skills training: a 开学典礼 致辞 on the school's site with a
// block "首先是接纳。", a traditional pinyin mirror's 致辞 under a spam header, a 技能大赛 欢迎词 with a date
// code in its title, a technical school's 讲话 with a leaked tag in a mis-encoded run; a spun report of a
// graduation and a traditional novel as look-alikes; 07–12), specs-c.mjs (lawyers, notaries and
// accountants: page 3 of a lecture to lawyers opening on "第二是…" with "(掌声)", a 发言 with an empty
// image line, a 发言 with its date and views glued to the first sentence on one line, a 新年贺词 under a
// law firm's header; a report of a meeting with firm heads with block 一是,/二是, and a traditional
// pinyin copy of a report on an address to accountants as look-alikes; 13–18). Twelve speeches in
// eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
