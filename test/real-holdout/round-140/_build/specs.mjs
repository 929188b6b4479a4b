// Gold specs for holdout round 140, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 139, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (journalism: a dean's 发言 under a "slogan | occasion" headline,
// a university president's 致辞 on a casino-hijacked copy with a block 一、, a traditional collection page's
// 演讲稿 with 其一/其二; a report with 一是–四是, a 序 titled 獻辭 and a novel as look-alikes; 01–06),
// specs-b.mjs (academicians and societies: a pinyin mirror's 年会 致辞, a centenary 讲话 under a press lead
// and a guest list with a three-line title, a Discuz mirror's 讲话 under junk strings, a clean centenary
// 讲话; a letter and a society's report as look-alikes; 07–12), specs-c.mjs (the constitution: a forum
// keynote's page 3 opening with 二是 and (一)–(六), a 讲座 with 一、 under a headline, a 国旗下讲话 in a
// download preview, a Macao association's 发言 under its contact block; a report with 一要–三要 and an
// activity 方案 as look-alikes; 13–18). Eleven speeches in eighteen pages. Each file's head says how
// build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
