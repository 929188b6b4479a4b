// Gold specs for holdout round 70, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 69, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (health commissions and disease control: a health
// minister's speech shown as a journal's abstract page, a pupil's 爱国卫生月 flag-raising talk under an
// SEO bracket title with six numbered points, a forum speech under a site headline, the CDC's new-year
// 贺词 with nothing to cut; a novel's chapter and a pinyin mirror's conference report as look-alikes;
// 01–06), specs-b.mjs (investment, state assets, finance: a fair's opening 致辞 under a tagged press
// headline with its own two-line title, a speech under a press lead and "以下为文字实录:", part 2 of a
// lecture flattened onto a line, a round-table 致辞 with a dated title; a pinyin mirror's magazine
// write-up and a procurement portal's training-class news as look-alikes; 07–12), specs-c.mjs
// (children and Young Pioneers: a League secretary's 致词 at a 少代会 under a column name, a national
// speech under its cover notice, a pupil's talk on a WeChat mirror; two reports of 入队仪式 as
// look-alikes; 13–18; a kindergarten head's 致辞 set aside at the merge as a template twin). Eleven
// speeches in seventeen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
