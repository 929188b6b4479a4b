// Gold specs for holdout round 50, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time, one file each, the three helpers sharing one
// claims list of hosts: specs-a.mjs (health, medicine and sport: a 卫健 work meeting on a document
// viewer with hard wraps and a two-line 一、 heading, page 2 of a hospital's mobilisation speech under
// an SEO title with 一是/二是, a Hong Kong bureau's 演辞 under a press lead, a town official's 篮球赛
// 致辞 copied onto a streaming site; a signed e-paper article in a viewer and a hospital's staff-meeting
// news as look-alikes; 01–06), specs-b.mjs (agriculture, rural revitalisation and ecology: a 村长
// forum 致辞 with 第一./第二., a vice-minister's harvest-festival speech under a breadcrumb and a photo
// caption, a wetlands-forum 致辞 with dash points under a slogan title, an Arbor Day speech flattened
// onto one line with 一要/二要; a farmland meeting's news report and a traditional novel chapter as
// look-alikes; 07–12), specs-c.mjs (mass organisations and workplace occasions: a 三八 致辞 under an
// SEO headline with 一、/二、, a youth league congress's closing remarks under the site's headline, a
// union's model-worker speech on an emoji-and-pinyin spam mirror, a Youth Day 发言稿 whose page title is
// glued to its piece heading; a company's new-hire training news on a pinyin mirror and a retired
// professor's blog as look-alikes; 13–18). Few speeches with numbered points stood on unused hosts
// (said in each part's head). Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
