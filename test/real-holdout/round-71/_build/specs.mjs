// Gold specs for holdout round 71, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 72, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (housing, urban management and construction: a
// construction group's 贺词 on one line of a pinyin mirror, an urban-management officer's contest
// speech under a breadcrumb and a glued "【连网】", a vice-minister's speech with no title and no
// noise, a speech printed as the attachment of the notice that sends it out on a law database; a
// contractor's meeting news and a pinyin mirror's report as look-alikes; 01–06), specs-b.mjs
// (highways and transit: a speech with an AI-writing site's promo between its paragraphs, a pinyin
// mirror's 致辞 with no title, a bus-line launch speech with a drafting note, a road-maintenance
// speech as a journal abstract with ASCII full stops; a transport bureau's news and a novel's chapter
// as look-alikes; 07–12), specs-c.mjs (political consultative conferences: a member's 发言 under a
// column-tagged headline and an editor's note, three pinyin mirrors of plenary speeches with a date
// line, a press lead or the agency's dateline; a youth daily's meeting report and a member's diary
// as look-alikes; 13–18). Twelve speeches in eighteen pages, none with a numbered point the rules
// count as required. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
