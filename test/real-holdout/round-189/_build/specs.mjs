// Gold specs for holdout round 189, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 190, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (student military training and neighbouring occasions; a news report
// of a 军训 opening left; 05), specs-b.mjs (traffic safety: a 国旗下讲话 on a hijacked school domain, a head's new-term
// safety talk with two numbered runs that restart under their headings; a forum repost of news as a look-alike; 07, 10,
// 11), specs-c.mjs (integrity education: a 讲话 with a 一、 heading and a lone block 一要, a Penang civic leader's 演词 with
// its date, time and place lines; a township report with a 倡议书's items as a look-alike; 13, 15, 17). Eleven of the
// eighteen pages the parts made were dropped at the merge, before the gold was committed: their hosts had been set aside
// as template twins or named as used by earlier rounds (each part's file says which). Four speeches in seven pages. Each
// file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
