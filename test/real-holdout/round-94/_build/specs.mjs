// Gold specs for holdout round 94, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 93, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (migrant workers and returning entrepreneurs: a 长安讲坛
// lecture transcript with block 第一/第二/第三, a migrant worker's 发言 under a site header and
// breadcrumb, an untitled new-year 致辞 with no site noise; a wage-arrears meeting's news with 一要/二要/
// 三要, a letter to migrant workers and a traditional essay quoting a speech as look-alikes; 01–06),
// specs-b.mjs (senior universities and elderly education: five look-alikes, news reports with 一是…六是 and
// a "三心" list, a principal's 寄语, a signed article with (一)(二) headings and a report quoting a 致辞; the
// part's one speech, 07, was set aside at the merge, its host named by round 53 as a template twin; 08–12),
// specs-c.mjs (property and real estate: a traditional pinyin copy of a 发言 under a press lead ending
// "以下為文字實錄:", a company's 新春致辞 with no salutation; a hand-over ceremony's news, a 业主大会 notice
// opening "尊敬的业主:", an awards meeting's news with 一是要…二要…三是 and a novel's sales pitch as
// look-alikes; 13–18). Five speeches in seventeen pages. Each file's head says how build.mjs applies the
// steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
