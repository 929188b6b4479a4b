// Gold specs for holdout round 66, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 65, one file each, the six helpers reading
// both rounds' claims lists of hosts, until the session's search budget ran out: specs-a.mjs (project
// ceremonies: a ground-breaking speech as a collection's first piece with a backtick glued in, a
// hospital building's 落成 speech with no title and a three-line salutation; a novel's ribbon-cutting
// address, a traditional ground-breaking news with an SEO tail, a 揭牌 news with captions and a novel's
// bridge ceremony with stray ">" marks as look-alikes; 01–06), specs-b.mjs (village and township
// cadres: a 第一书记's farewell speech with 一、/二、 and its title repeated, a traditional pinyin 村官's
// National Day 演讲, a township's new-year 贺词 copied to a forum; a township 倡议书, a novel's chapter
// on a 交流发言 and a forum's report of a village meeting as look-alikes; 07–12), specs-c.mjs (document
// and 文库 pages: no speech on an unused viewer host was found, six look-alikes — a library collection
// of slogans and a paper laid out like a speech collection, a column retelling a minister's 致辞, two
// novels' quoted 致辞 (one run through a synonym replacer), a newspaper's meeting report and a
// traditional pinyin mirror's mobilisation report; 13–18). Five speeches in eighteen pages. Each
// file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
