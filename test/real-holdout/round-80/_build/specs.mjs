// Gold specs for holdout round 80, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 79, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (traditional Chinese medicine: a 国医大师's 发言 under a
// newspaper's headline, a crumb and a bare "编号:" line; a traditional pinyin mirror's 开学典礼 讲话 under
// the mirror's headline with a dash subtitle; a hospital's 五四 演讲稿 under a teaser and a headline
// repeated without its space; a 拜师仪式 讲话 with no title and a block 一是; a novel quoting an official's
// 第一…第四 and a spun traditional report with spam glued mid-word as look-alikes; 01–06), specs-b.mjs
// (special education and preschool: a 助残日 讲话 under a welcome bar and a variant headline with an inline
// 一是 at the cut, a legislator's 三讀感言 in a parliamentary record's chrome, a kindergarten teacher's
// 家长会 发言 with block 首先/其次, a pupil's traditional 殘疾人日 演讲稿 with pinyin; a report with 一要/二是要
// and a traditional 实施方案 as look-alikes; 07–12), specs-c.mjs (Hong Kong, Macau and Taiwan: a WordPress
// archive of an election forum 發言 with block 1.–4., a Hong Kong association's 工作報告 with 1.–7., a
// university president's 畢業典禮 致詞 with doubled captions, a legislator's 發言 under an English column
// label; a Macau association's banquet report and a Matsu graduation report with leaked <br> as look-alikes;
// 13–18). Twelve speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
