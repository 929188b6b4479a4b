// Gold specs for holdout round 113, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 114, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (epidemic prevention: a 复工复产 讲话 under an SEO page title
// with a block 一是, a traditional collection page's 講話 glued to its byline with an inline 一、, a
// school's 国旗下讲话 under its dated label and byline, a press conference's 欢迎词 among section labels
// with 1.–5.; a traditional pinyin letter to staff and a spun report as look-alikes; 01–06),
// specs-b.mjs (memorials and funerals: a 告别仪式 致辞 on a collection page with (一)/(二) and hard wraps,
// a school's untitled 公祭日 讲话, a magazine's 追思 发言 under its dash subtitle and paywall; a writing
// guide on one line, a 讣告 on a news page and a report as look-alikes; 07–12), specs-c.mjs (local
// festivals: a tourism festival's 讲话 with 一、 and a block 一是, a collection page's 演讲稿 under a
// 小编 byline with a backtick glued mid-phrase, an untitled 致辞 with a long salutation; a Discuz repost
// of a report, a 活动方案 and a traditional pinyin report as look-alikes; 13–18). Ten speeches in
// eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
