// Gold specs for holdout round 114, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 113, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (village elections and grassroots governance: no speech on
// a fresh host; an election committee's open letter to "各位村民:", a 选民登记公告 hard-wrapped with a
// 1.–3. list, a report of grid workers' training, a novel's 村民大会, a traditional 座談會 record with
// speaker labels and a case study with a 一、 heading, all look-alikes; 01–06), specs-b.mjs (science
// popularisation and contests: a 科普日 致辞 on a collection page under a 小编 promo and "[篇1]" with a
// block 一、, a contest 讲话 under "(通用20篇)", a student's untitled 发言 with English words; a 大赛 通知,
// a report summing a 致辞 as "首先,…;第二,…" and a report of a workstation's unveiling as look-alikes;
// 07–12), specs-c.mjs (disability federations: a speech excerpt under a book page's "内容简介"; a
// traditional report under spam keywords, a report of a congress, an 倡议书 with dash lines, a report
// with an appeal's 一、–三、 and a report under a breadcrumb as look-alikes; 13–18). Four speeches in
// eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
