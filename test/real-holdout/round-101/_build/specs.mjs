// Gold specs for holdout round 101, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 102, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (civil affairs, funeral reform and marriage: a 1981 殡葬
// 讲话 reprinted under a WeChat account's lead with no title, a 老年活动中心 致辞 with leaked Markdown
// "### 一、" headings, "1. **…**" items and a glued brand watermark; an 倡议书 with an addressee line and
// 一、二、三、, a day-care centre's report, a 民政 meeting's report under a "回良玉:…" headline and a
// collective wedding's report as look-alikes; 01–06), specs-b.mjs (intellectual property and quality:
// a brand forum's 致辞 on a press site under a headline naming its speaker and a "以下为演讲实录:" label, an
// untitled dairy festival 致辞 with inline 第一,/第二,/第三,, a quality forum's 主持词 with live
// timestamps under a casino brand, a short 辩论稿 (406 characters, all the store holds); a 工作报告 and a
// 宣传周 report as look-alikes; 07–12), specs-c.mjs (foreign affairs and sister cities: an untitled 友城
// 大会 闭幕 致辞 under a bare name line, a traditional pinyin mirror's 總結發言 on one line, a minister's
// 讲话 on page 2 of a press page with 一是 after a colon; a sister-city report with masked words, a Macau
// e-paper's report with 一是/二是 and a 联合声明 with 一、…四、 as look-alikes; 13–18). Eight speeches in
// eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
