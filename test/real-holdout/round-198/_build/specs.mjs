// Gold specs for holdout round 198, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 197, one file each, the six helpers reading
// both rounds' claims lists of hosts and checking each host with scripts/holdout-hosts.mjs: specs-a.mjs (school sites: a
// sister-school welcome 致辞 under a login bar and an auto-summary, a 国旗下讲话 collection with a hidden-words notice, a
// graduation 讲话稿 with 篇1; three school reports as look-alikes; 01–06), specs-b.mjs (self-media and WeChat mirrors: a New
// Year's Eve talk's "全文稿" with leaked image placeholders, a 公众号 collection of stage 告白; a topic page, an aggregator's
// report, a pinyin mirror's report and a blog mirror as look-alikes; 07–12), specs-c.mjs (less common genres: a sports
// meet's 解说词 collection in traditional script, a 悼词 and a 答谢词 with no title; a 颁奖辞 roundup, a report and a
// compiler's preface as look-alikes; 13–18). Eight speeches in eighteen pages. Each file's head says how build.mjs
// applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
