// Gold specs for holdout round 123, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 124, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (judicial administration and mediation: a 讲话 at a lawyers'
// training class under a login box, a breadcrumb and a headline naming its speaker, a law firm's 新年贺词
// with a bar in its title; a report with 一要/二是/三要, a traditional report with pinyin, an explainer with
// its headline twice and a forum's reportage repost as look-alikes; 01–06), specs-b.mjs (ancestor worship
// and cultural ceremonies: a 开幕词 under a headline printed twice, a 讲话 under a site headline with its
// byline, date and place, two collection pages' pieces under promos and piece headings; a 祭文 in verse and
// a report of the 祭孔大典 as look-alikes; 07–12), specs-c.mjs (galas: a traditional two-host 串词 with
// converter quirks and an encyclopedia tail, an ambassador's 致辞 mangled by a synonym spinner with 第一/
// 第二/第三, a 讲话 at an opera contest; an essay under a host script's headline, an article on a gala's
// programme with 一、–六、 and a school report as look-alikes; 13–18). Nine speeches in eighteen pages.
// Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
