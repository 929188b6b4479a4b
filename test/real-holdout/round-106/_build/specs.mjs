// Gold specs for holdout round 106, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 105, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (development zones and project launches: no speech on a
// fresh host; an investment fair's report with its 致辞 told, two novel chapters quoting a governor's
// and a factory head's 致辞, a 通知 with 一、 and an inline (一), a traditional pinyin report under
// contact lines and a column article with a (一) heading, all look-alikes; 01–06), specs-b.mjs (party
// schools and training classes: a traditional pinyin opening 讲话 under a hijacked site's spam line,
// titled over two lines; a 全国党校工作会议 讲话 with a 一、 heading; a graduation 讲话 under a "本站为
// 大家整理的…" promo; a 读书分享会 交流发言 in a hijacked company site's chrome; a 通知 and a 入学体会 as
// look-alikes; 07–12), specs-c.mjs (holiday gatherings: a New Year 贺词 with a summary line, an
// anti-copy dot and a glued site name; a traditional pinyin 新年寄语 whose header block follows the
// body; a bureau head's 新春问候 under a press lead ending "全文如下:"; a tea party's report, a 慰问信
// and a novel chapter as look-alikes; 13–18). Seven speeches in eighteen pages. Each file's head says
// how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
