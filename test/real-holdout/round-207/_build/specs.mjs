// Gold specs for holdout round 207, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 208, one file each, the six helpers reading
// both rounds' claims lists of hosts and checking each host with scripts/holdout-hosts.mjs; the search tool's budget ran
// out after seven to twelve searches per part: specs-a.mjs (hosts' scripts: a portal's transcript of an award night's hosts
// under speaker labels; two novels, a blog essay and two ceremony guides as look-alikes; 01–06), specs-b.mjs (speech
// contests and campaign speeches: four English speeches — a 范文 site's, a language site's prize entry, a document
// viewer's proxy copy, an essay site's with placeholders; a contest report on a pinyin mirror and a novel as look-alikes;
// 07–12), specs-c.mjs (bilingual and minority-region sites: no speech found on a new host — a 贺电, three reports, a
// commentary and a signed article as look-alikes; 13–18). Five speeches in eighteen pages. Each file's head says how
// build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
