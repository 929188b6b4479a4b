// Gold specs for holdout round 201, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 202, one file each, the six helpers reading
// both rounds' claims lists of hosts and checking each host with scripts/holdout-hosts.mjs: specs-a.mjs (environment and
// ecology: the UN's 环境日 video message under city and organisation lines, a ministry spokesman's 发布会 remarks on a
// pinyin mirror, a school blog's 演讲 with leftover "**", a 国旗下讲话 on a one-line mirror split by raw <br> tags; a
// 宣传周 report and a forum copy with jammer strings as look-alikes; 01–06), specs-b.mjs (civil affairs and the disabled: a
// provincial department's 讲话 under its column label with inline 一是 and block 一、/(一); five reports as look-alikes, the
// theme's speeches all on used hosts; 07–12), specs-c.mjs (post, telecoms and tobacco: three operators' new-year 致辞 on
// traditional mirrors, one a collection under a press lead, two with no title; a work-conference report, a press page
// whose "以下為…全文:" label has no text under it and a novel as look-alikes; 13–18). Eight speeches in eighteen pages.
// Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
