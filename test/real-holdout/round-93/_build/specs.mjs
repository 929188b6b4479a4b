// Gold specs for holdout round 93, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 94, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (food and drug safety: a research society's 讲话 under a
// site bar and meta line, a pupil's flag-raising 演讲稿 on a collection page under a writing-guide page
// title; a DedeCMS news report, a news report retelling an opening speech, a Q&A page on the 宣传周
// 通知 and a working group's news as look-alikes; 01–06), specs-b.mjs (students' military training: a
// 军训汇演 讲话 with a "1." point after "三点希望和要求:", a 军训总结 讲话 under a thematic title with its
// dash subtitle and byline, a new student's 发言 with "大家好!" glued after the salutation; a school's
// news with a pledge 一、…四、 after a colon, a diary and an interview feature as look-alikes; 07–12),
// specs-c.mjs (tea and local specialties: four 茶博会/开茶 致辞 and 讲话, two on traditional pinyin
// mirrors, under press leads, a promo glued to the first paragraph and a subtitle split over two lines;
// a 名酒文化节 news report and a 开茶节 preview with a glued watermark as look-alikes; 13–18). Nine
// speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
