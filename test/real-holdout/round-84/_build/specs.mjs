// Gold specs for holdout round 84, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 83, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (transport: a railway 演讲稿 on a traditional mirror with
// converter pinyin, mojibake and a leaked tag, a transport bureau's 讲话 with no site noise; a ministry's
// traditional report with 一是…六是, a novel's meeting agenda, a metro line's 总结 and a forum's print
// view of an airport report as look-alikes; 01–06), specs-b.mjs (health: a hospital president's 讲话
// with 首先/其次, a health bureau head's gala 演讲稿, a nurses'-day 致辞 under a Q&A lead, a page of a
// 主持词 with 甲/乙 turns; a novel chapter and a health article with 一、…三、 as look-alikes; 07–12),
// specs-c.mjs (nation and faith: a 讲话 reprinted on a university news page, a 1960 書面致詞 in an
// archive with a page marker, a school's 国旗下讲话 under a news box, a blog's 演讲稿 on one line; a
// 统战部 news report with 一要/二要 and a Hong Kong forum's repost with jammer lines as look-alikes;
// 13–18). Ten speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
