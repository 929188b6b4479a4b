// Gold specs for holdout round 92, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 91, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins, so the round holds more look-alikes than speeches: specs-a.mjs
// (government services: a Legislative Council member's motion speech under the post's headline, the
// Chief Executive's 致辭 reposted on a community site; an official's blog post, a 12345 hotline
// meeting's news, a novel chapter and a mixed-script news report as look-alikes; 01–06), specs-b.mjs
// (academic meetings: a research society's anniversary 讲话 on one line under a letter-spaced title,
// a forum's opening transcript with speaker labels, a traditional 闭幕词's excerpts on one line; a
// 征文 通知 opening like a salutation, a news report with 首先/其次/第三 in reported speech and a
// hijacked traditional copy as look-alikes; 07–12), specs-c.mjs (alumni and anniversaries: an
// anniversary press conference's 发言稿 on a template site, an untitled 校友 发言 with no site
// noise; a letter to alumni, a 校庆 公告 farm page, a novel's reunion toast and a pinyin mirror's news
// with 一是/二是/三是 as look-alikes; 13–18). Seven speeches in eighteen pages. Each file's head says
// how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
