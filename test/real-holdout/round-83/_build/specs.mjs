// Gold specs for holdout round 83, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 84, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins, so the round holds more look-alikes than speeches and few numbered
// points: specs-a.mjs (water: a 研讨发言 flattened onto one line with its title glued before the
// salutation and "一、…(一)…(二)", a learned society's opening 讲话 and a design institute's anniversary
// 致辞 under two-line titles and bylines; a novel quoting a drought-relief speech, a traditional news
// report with converter pinyin and jammer characters, and a river chief's first-person column as
// look-alikes; 01–06), specs-b.mjs (sport: a township 运动会 开幕词 on a content farm with a piece heading
// and a garbled heading glued before the text, a Taiwanese university's 閉幕致詞 under a dated headline, a
// school meet's untitled 讲话; a tournament's news report, a 运动会 策划方案 and a guide to 裁判员宣誓词
// as look-alikes; 07–12), specs-c.mjs (money: a bank's bilingual 新年贺词, a central bank governor's
// farewell 講詞 in native traditional script; a report in a document viewer, a 1927 letter to a bank's
// staff, a traditional news report of 致詞 and an interview transcript as look-alikes; 13–18). Eight
// speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
