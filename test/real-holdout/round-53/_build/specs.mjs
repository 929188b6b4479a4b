// Gold specs for holdout round 53, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time, one file each, the three helpers sharing one
// claims list of hosts: specs-a.mjs (discipline inspection, audit and integrity: a county's 行政监察
// meeting speech on a government site opening with its date line and a 一、 heading, an integrity
// culture park speech under a headline and a meta line with a sentence split across a blank line,
// an auditor-general's congress address glued to a paper library's SEO sentence, a commander's talk
// on discipline in a hard-wrapped book chapter with 第一件,; a traditional audit news report with
// 一要/一是 and a traditional pinyin novel as look-alikes; 01–06), specs-b.mjs (tourism, commerce and
// trade fairs: a tea fair's 开幕词 under a nav bar and a banner split over three lines, an internet
// conference 发言实录 under a press lead whose 一是 was lost, a rural-tourism 致辞 under a byline headline
// and bullet meta lines, a traditional pinyin mirror's talk transcript; a city paper's conference
// report with 一是…五是 and a novel's investment fair as look-alikes; 07–12), specs-c.mjs (communities
// and volunteers: a community cadre class opening with no title and a glued salutation, a volunteer
// rally speech with a page number in a split word and 一、 then 1、2、3、, a volunteer association's
// awards speech under a bare year line, a renovation kick-off speech flattened onto one line; a
// novel's property dispute and a forum's 重阳节 news as look-alikes; 13–18). Few speeches with
// numbered points stood on unused hosts (said in each part's head). Each file's head says how
// build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
