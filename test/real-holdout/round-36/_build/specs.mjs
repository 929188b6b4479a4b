// Gold specs for holdout round 36, written from page.txt alone, before any engine ran on it. The
// round was made in three parts, one file each (made at the same time as round 37's, the six helpers
// sharing one claims list of hosts): specs-a.mjs (ethnic, religious, overseas-Chinese, Taiwan and
// foreign affairs: a 台胞台属 中秋茶话会 speech under a doubled headline, a friendship-cities conference
// speech under a news portal's lead, a 侨代会 祝词 under a breadcrumb and a bare speaker, a traditional
// pinyin mirror's 民运会 致辞, with a handbook entry on 外事讲话 and a news report on a religious-peace
// committee as look-alikes; 01–06), specs-b.mjs (the elderly, the disabled and charity: two 关工委 speeches,
// a 慈善 lecture with no title and a 慈善 speech flattened on one line in a document viewer, with a news
// report of a 慈善一日捐 and a 助残日 倡议书 as look-alikes; 07–12), specs-c.mjs (natural resources and
// technical offices: a 地方志 conference closing speech, a traditional 年鉴 开幕辞 with its title spaced
// over three lines, a 森林消防 speech printed as an SEO sample, a 地质灾害防治 speech in a database record,
// with a traditional news report of a 防震减灾 meeting and a novel chapter as look-alikes; 13–18). Each
// file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
