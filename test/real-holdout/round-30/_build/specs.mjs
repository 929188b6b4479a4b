// Gold specs for holdout round 30, written from page.txt alone, before any engine ran on it. The
// round was made in three parts, one file each: specs-a.mjs (civil affairs and community work: a
// 网格化 mobilisation speech flattened onto one line under a pop-up, a 助残日 speech on a
// traditional pinyin mirror under a promo naming another piece, a 重阳节 host's script with agenda
// items, a 物业 on-site meeting speech, with a written 物业 proposal and a news report of a
// volunteers' commendation as look-alikes; 01–06), specs-b.mjs (transport, housing, urban
// management and water: a 防汛抗旱 speech under a slogan title, a traffic-safety speech in a
// document viewer flattened onto one line, a 总河长 speech with PDF wraps, the first piece of a
// 城乡建设 collection under a wrong intro, with a 城管 work report and a traditional-script news
// item as look-alikes; 07–12), specs-c.mjs (finance and commerce: a 商会 new-year message, a credit
// cooperative's deposit campaign speech, a 商会 year-end speech, a society branch's report to its
// congress, with a 商会 news report and a bank staff essay as look-alikes; 13–18). Each file's
// head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
