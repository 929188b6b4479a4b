// Gold specs for holdout round 33, written from page.txt alone, before any engine ran on it. The
// round was made in three parts, one file each: specs-a.mjs (public security, courts and fire
// rescue: a police leader's remarks on a 公安文秘 site, a court bailiff's contest speech from a
// newspaper digest, a firefighter's speech on a traditional pinyin mirror, the first piece of a
// 消防 collection under a mismatched promo, with a police work meeting's news report and a
// prosecutors' oath ceremony report as look-alikes; 01–06), specs-b.mjs (youth, women and workers:
// a 团代会 closing speech from a collection, a 团干部 training opening flattened onto one line, a
// 三八 tea-party speech on a government site, a 职工运动会 opening on a traditional pinyin mirror,
// with a forum news report of a 巾帼 awards meeting and a 五四 倡议书 as look-alikes; 07–12),
// specs-c.mjs (environment and energy: a 植树节 speech under a filler intro and a glued piece
// heading, a school's 地球日 国旗下讲话 with pledges after a colon, a 大气污染 mobilisation speech
// with a paywall line, a children's painting contest 致辞 on a blog, with a company's safety-meeting
// news and a nature-week 倡议书 as look-alikes; 13–18). Each file's head says how build.mjs applies
// the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
