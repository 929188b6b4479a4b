// Gold specs for holdout round 32, written from page.txt alone, before any engine ran on it. The
// round was made in three parts, one file each: specs-a.mjs (health: a hospital head's 院庆 speech
// from a collection with a keyword line glued before the salutation, a health campaign's launch
// speech with a watermark glued mid-sentence, a 护士节 greeting on a traditional pinyin mirror
// flattened onto one line, a 健康教育 launch speech on a traditional mirror with a two-line title,
// with a hospital's news report and a nurse's 心得 as look-alikes; 01–06), specs-b.mjs (regulatory
// and economic offices: a statistics chief's 元旦献词, a vice minister's 致辞 under a news lead, a
// 统计局 anniversary speech on a bare-IP host, a 技术监督 致辞 as a journal abstract, with a 工商局
// work report in a document viewer and a news item on a 统计工作会议 as look-alikes; 07–12),
// specs-c.mjs (civilisation, volunteering, culture and tourism: a tourism festival's planning
// speech with a two-line title, a folk-culture festival opening under a promo, a student's
// library-opening speech with glyph jammers, a 旅游日 致辞 on a WeChat reprint viewer, with a guide
// to museum 贺词 and a 文明城市 倡议书 as look-alikes; 13–18). Each file's head says how build.mjs
// applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
