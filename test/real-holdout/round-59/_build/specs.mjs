// Gold specs for holdout round 59, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 60, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (market regulation, food and drug safety: a
// food-and-drug safety speech under a site's pop-ups, breadcrumb and a date printed as two bare lines,
// a traditional pinyin mirror's drug-committee speech under a press lead and its full-text label, a
// school's flag-raising post printing the talk whole under its programme, a 检讨书 site's collection
// page with a 篇1 heading; a novel's standards symposium and a traditional pinyin news report of a
// market mobilisation as look-alikes; 01–06), specs-b.mjs (commendations, awards and galas: a 1950
// 讲词 under a font bar and keyword line, a teacher's 发言 whose byline a hijacked site branded with a
// casino, a pupil's award speech flattened onto one line with English glued in, a 获奖感言 with no title;
// a traditional pinyin company gala report and a city 文明网 commendation report as look-alikes; 07–12),
// specs-c.mjs (natural resources, meteorology, earthquake, surveying and forestry: a 土地日 speech under
// a site header and column label, a pine-wilt speech on a government site with no salutation, a
// traditional pinyin 防灾减灾 flag-raising talk with "? ?" lines and 1.–4., a clean surveying-contest
// 致辞; a one-line weather-modification news report and a land planner's signed 心得 as look-alikes;
// 13–18). Few speeches with numbered points stood on unused hosts (parts b and c have one between
// them). Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
