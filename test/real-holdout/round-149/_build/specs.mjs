// Gold specs for holdout round 149, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 150, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (steel and metallurgy: a traditional mirror's award-meeting
// 讲话 under a headline, a professor's 致辞 at a graduate entrance ceremony, a president's 讲话 on a casino
// mirror; a news report, a year-end 总结 collection and a junk-word mirror's report as look-alikes; 01–06),
// specs-b.mjs (new energy and photovoltaics: a solar contest's 讲话 under a 导读 line, a traditional mirror's
// 发言 with 1./2./3., page 3 of a new-energy-vehicle 讲话, a mayor's press-conference 致辞 with spaced
// punctuation; two news reports as look-alikes; 07–12), specs-c.mjs (petroleum and petrochemicals: a
// New Year 贺词 on a pinyin mirror, two 演讲稿; two news reports and a 规章制度 in a Q&A reply as look-alikes;
// 13–18). Ten speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
