// Gold specs for holdout round 206, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 205, one file each, the six helpers reading
// both rounds' claims lists of hosts and checking each host with scripts/holdout-hosts.mjs: specs-a.mjs (shop openings
// and business anniversaries: no speech found on a new host — five reports and a writing guide as look-alikes; 01–06),
// specs-b.mjs (retirement and farewells: a premier's farewell 致詞 reposted on a blog, a footballer's retirement address;
// a report, a pinyin mirror's report, a novel and a farewell e-mail as look-alikes; 07–12), specs-c.mjs (examinations: four
// talks to pupils on honest exams, one with 1.–6. rules after a colon, one on a pinyin mirror; two reports as
// look-alikes; 13–18). Six speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
