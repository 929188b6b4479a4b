// Gold specs for holdout round 98, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 97, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (tobacco, salt and grain: a traditional pinyin copy of a
// 元旦献词 with a "——" subtitle and a byline, a school's traditional 国旗下讲话 under ceremony lines with no
// title, a collection's 粮食日 国旗下讲话 under "…篇1" with 一是/二是/三是 after a colon; a hijacked
// page's news with 一是要…, a reader's letter on a novel site and a novel's quoted "我先说第一点" as
// look-alikes; 01–06), specs-b.mjs (the Red Cross, blood donation and charity: a 讲话 with its date
// glued after the title and a source bar, a 世界红十字日 国旗下讲话 under a column blurb, breadcrumb and
// serial line; an 倡议书 behind a proxy, a blood station's 慰问信, a televised charity speech reported
// and a report quoting a 致辞 whole as look-alikes; 07–12), specs-c.mjs (ethnic unity, the united front
// and overseas Chinese: a traditional 宗教 讲话 with its date line, a bare name line and 一、, a 开幕词
// excerpt under a church site's header with an editor's footnote, a traditional pinyin 侨办 新春 致辞
// with its salutation glued, a 民族团结 演讲稿 with its 【《…》】 title glued before the salutation; a
// 侨联 report with 一要…四是要 and a novel's 首先…第一 as look-alikes; 13–18). Ten speeches in
// eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
