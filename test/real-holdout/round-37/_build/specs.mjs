// Gold specs for holdout round 37, written from page.txt alone, before any engine ran on it. The
// round was made in three parts, one file each (made at the same time as round 36's, the six helpers
// sharing one claims list of hosts): specs-a.mjs (utility and transport enterprises: a railway
// ministry's 新年致辞 on a traditional pinyin mirror, a substation energising speech with its title
// twice and a hard wrap, a water group's story talk under spam and column labels, a power worker's
// contest speech with the site's footer glued on, with a traditional news report from civil aviation
// and a telecom centre's 总结 in a viewer as look-alikes; 01–06), specs-b.mjs (academic and learned
// bodies: a 学科建设 speech on a university page, a research society chairman's speech under SEO
// keywords, a forum 致辞 under a news lead, a symposium's closing remarks under an SEO title, with a
// news report of an academicians' ceremony and a society's written summary as look-alikes; 07–12),
// specs-c.mjs (pages that fight the reader: a traditional pinyin mirror's 演讲稿 from a collection, a
// 人大 主持词 with blank slots, a collection's 致辞 with its count and piece number, a traditional TV
// address flattened on one line, with a traditional news report of a 党课 and a novel chapter as
// look-alikes; 13–18). Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
