// Gold specs for holdout round 72, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 71, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (human resources and employment: a re-employment
// speech under a breadcrumb run into its title, a 求是 print of a symposium speech on one line under a
// press lead, a speech's excerpts to students on a casino-branded school site; a commendation's news,
// a newspaper archive's record and a government 通知 as look-alikes; 01–06), specs-b.mjs (commerce
// and e-commerce: a food festival's 主持词 with stage directions, a vice-minister's 演讲 named only
// inside a press lead, a traditional 致辞 under a caption and "以下為致辭全文:", a transcript of an
// association chair's remarks under his name; a novel's street-opening chapter and a pinyin mirror's
// press-conference report as look-alikes; 07–12), specs-c.mjs (cyberspace and informatisation: an
// education-IT conference speech on a casino-branded mirror, an award ceremony's speech under an
// empty meta line, a forum 致辞 under a press lead; a spy novel's briefing, a spun training news
// and a county's launch report as look-alikes; 13–18). Ten speeches in eighteen pages. Each
// file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
