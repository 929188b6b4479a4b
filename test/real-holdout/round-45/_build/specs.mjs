// Gold specs for holdout round 45, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time, one file each, the three helpers sharing one
// claims list of hosts: specs-a.mjs (finance, banks and state-owned companies: a group's 新春致辞
// on a traditional mirror under a byline and date, a tobacco conference's closing speech on a bare
// IP address, a harbour bureau's 新春致辞 with its salutation run into the greeting; a company's
// print-view news of a safety meeting, a magazine article with its headline twice and a pinyin
// commentary on a new-year message as look-alikes; 01–06: no bank or insurance speech stood on an
// unused host, and none of the three speeches prints numbered points in its captured text),
// specs-b.mjs (party lessons and party building: a traditional repost of the 七一勋章 ceremony
// speech under bullet breadcrumbs, a speech to congress delegates, a title-less 党课 with a masked
// name, page 4 of a reading site's chapter; a company's news of a 组织生活会 and a novel chapter as
// look-alikes; 07–12), specs-c.mjs (竞聘 and 就职 speeches: a headteacher's 竞聘演讲稿 in parts, a
// society chairman's 就职演说, a dean's 就任演讲 on a hijacked school page; a 竞聘 writing guide, a
// traditional novel chapter and a Taiwan news post as look-alikes; 13–18: no 文库 viewer stood on an
// unused host). Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
