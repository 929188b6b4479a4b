// Gold specs for holdout round 171, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 172, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (archives, secrecy and office work: no speech on a new
// host — an archives chief's 工作报告 under a breadcrumb, a 保密制度, a 保密 meeting's news report, a
// traditional mirror's exhibition news, a novel chapter and an essay as look-alikes; 01–06), specs-b.mjs
// (poverty relief: a county 讲话 on a yearbook's flipbook page, hard-wrapped under a three-line title; a
// roundup of a speech's sentences, a 帮扶 总结, a 驻村日记, a training meeting's news and a traditional
// 倡议书 as look-alikes; 07–12), specs-c.mjs (art and photography exhibitions: a 讲话 under a headline
// with the speaker glued on, a studio opening's 致辞 on a pinyin mirror, a critic's lecture on one line
// under an editor's note, a 致辞 under a 摘要 teaser; a novel chapter and a traditional news report as
// look-alikes; 13–18). Five speeches in eighteen pages. Each file's head says how build.mjs applies the
// steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
