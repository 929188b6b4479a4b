// Gold specs for holdout round 174, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 173, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (environment: an 演讲稿 with leaked Markdown headings and
// bold marks, a minister's 致词 on a page of several speeches; a news report, a 倡议书 on a pinyin mirror, a
// school's news and a township's 综述 on a hijacked tag page as look-alikes; 01–06), specs-b.mjs (work
// safety: a 讲话 with 一、/二、 under a site header and a title printed twice, a 讲话 in a mining library's
// document viewer behind its paywall, an 演讲稿 with no title; a news report, a novel chapter and an accident
// write-up on a pinyin mirror as look-alikes; 07–12), specs-c.mjs (teachers: a principal's 讲话 with 一、…四、
// under "校长寄语", a trainee's 发言 with a casino brand in its sentences, a 师德标兵's 发言 under an email bar;
// three news reports as look-alikes; 13–18). Eight speeches in eighteen pages. Each file's head says how
// build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
