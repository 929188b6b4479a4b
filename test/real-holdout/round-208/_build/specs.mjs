// Gold specs for holdout round 208, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 207, one file each, the six helpers reading
// both rounds' claims lists of hosts and checking each host with scripts/holdout-hosts.mjs; the search tool's budget ran
// out after seven to twelve searches per part: specs-a.mjs (Party branch life: no speech found on a new host — rules on a
// pinyin mirror, three reports, a guide and an essay as look-alikes; 01–06), specs-b.mjs (family and community ceremonies:
// a parent's 发言 at an entrance ceremony, a 开笔礼 发言稿 from a PDF converter with leaked tags; four reports and a feature
// as look-alikes; 07–12), specs-c.mjs (companies' internal meetings: no speech found on a new host — three reports, two
// novels and a company's rules as look-alikes; 13–18). Two speeches in eighteen pages. Each file's head says how
// build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
