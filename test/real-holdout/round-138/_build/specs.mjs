// Gold specs for holdout round 138, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 137, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (intellectual property: a 专利 讲话 under a menu bar with a
// standalone 一、, a traditional pinyin mirror's 讲话 under a "【小D導讀】" lead and "全文如下:", a
// university 致辞 whose own heading lost its last word, a traditional 致辞 under a summary line; a 通知
// with 一、/(一)/1. and a trademark site's report as look-alikes; 01–06), specs-b.mjs (libraries: a 1970
// foundation 致詞 from a flip-book archive, a clean 学会年会 致辞, a journal record's 致词, a 馆长年会 报告
// with "1、"; a novel with leaked </p> tags and a hijacked school report as look-alikes; 07–12),
// specs-c.mjs (family celebrations: a birthday 致辞 with a glued watermark, a forum's 百岁 祝词 on one line,
// a clean birthday 致辞, a graduation party 祝酒辞 under a summary teaser; a golden-wedding report and a
// blog essay as look-alikes; 13–18). Twelve speeches in eighteen pages. Each file's head says how
// build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
