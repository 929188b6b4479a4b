// Gold specs for holdout round 111, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 112, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (population and family planning: a traditional pinyin 讲话
// under a spam line, a breadcrumb, a brand line and a "本站為大家整理…" promo, with a 一、 heading; a
// contest 发言稿 under a "下面是…欢迎各位阅读和借鉴" promo; an 倡议书 with block 一是…六是, a report with
// block 一要/二要, a traditional pinyin report and a novel chapter as look-alikes; 01–06), specs-b.mjs
// (land and natural resources: a drill's narration 主持词 under an SEO headline pairing two names; a
// report with 一是…三是 after a full stop, a blanked land notice with 一、–六、, a 通知 with 一、/(一), a
// booklet's foreword on one line and a traditional pinyin land notice as look-alikes; 07–12),
// specs-c.mjs (tenders and signings: an untitled 致辞 under its speaker's bare name and date, a 讲话 on
// page 9 of a news article under its channel bar and headline, a 致辞 on one line with its title glued;
// a traditional 招标文件 section, a signing report and a traditional novel chapter as look-alikes;
// 13–18). Six speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
