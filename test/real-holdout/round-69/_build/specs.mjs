// Gold specs for holdout round 69, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 70, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (agriculture and rural work: two central rural work
// conference speeches on traditional pinyin mirrors under spam headers, a ministry official's 致辞 at a
// cooperatives' produce fair with a photo caption, a 世界粮食日 flag-raising talk under a school site's
// menu; a commentary with a novel's sentence glued in and a county report of a sowing field meeting as
// look-alikes; 01–06), specs-b.mjs (propaganda, culture, broadcasting: the 文联 and 作协 congresses'
// opening address under a press headline, a TV announcer's job-contest speech cut inside its
// salutation, a collection's first piece, a 记者节 flag-raising talk under a blog's chrome and an
// editors' lead; a report of a broadcasting safety conference and a pinyin mirror's article as
// look-alikes; 07–12), specs-c.mjs (retirements, anniversaries, annual meetings: a Taiwanese
// professor's retirement tea-party speech, a traditional 70th-anniversary 贺辞, an anniversary talk to
// alumni with unnumbered subheadings; a report of an anniversary, a farewell party's plan and a
// novel's annual-meeting chapter as look-alikes; 13–18). Eleven speeches in eighteen pages. Each
// file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
