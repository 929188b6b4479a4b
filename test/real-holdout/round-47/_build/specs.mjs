// Gold specs for holdout round 47, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time, one file each, the three helpers sharing one
// claims list of hosts: specs-a.mjs (schools from the staff side: a traditional pinyin mirror's
// end-of-term speech to the staff with 一、二、三、, a first-day-of-term speech with 首先/其次, a
// collection page's 散学典礼 speech under its piece heading, a principal's 开学致辞 under a byline; a
// 教学工作总结 and a university's 教师节 news as look-alikes; 01–06), specs-b.mjs (law and governance:
// a 法制宣传 speech on a copied school site, a 政协 closing speech on a traditional press portal, a
// 宪法日 flag-raising talk with no title, a reworded and censored copy of one; a 巡察 news item and a
// signed journal article filed under 重要讲话 as look-alikes; 07–12: no 廉政 or 巡察 speech stood on an
// unused host), specs-c.mjs (kinds of site seen rarely: a clan portal's 致词 on one line, a church's
// Christmas sermon and a traditional sermon with 一、/二、, a Dharma talk with no title; a Hong Kong
// chamber's news and an overseas association's letter as look-alikes; 13–18). Each file's head says
// how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
