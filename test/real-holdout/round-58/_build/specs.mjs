// Gold specs for holdout round 58, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time, one file each, the three helpers sharing one
// claims list of hosts: specs-a.mjs (environment, water and forestry: a traditional pinyin mirror's
// flag-raising talk on waste sorting with its title twice and 1./2./3., a collection page's 讲话稿篇1 with
// 1、/2、 lines, a WMO message on a Discuz forum under thread chrome, a water department's 新春贺词
// under Flash placeholders; a 世界气象日 symposium's news with 一要/一是 and a traditional pinyin river
// patrol report as look-alikes; 01–06), specs-b.mjs (women's federations and family events: a family
// school speech with its title split over two lines, a bare name and 一、/(一), a 家风 lecture on a
// press site's traditional edition with bracketed labels and a preview of its points, a 三八 演讲稿 with
// another speech glued in and a page break, a 家风家训 演讲稿 with 第一,/第二,; a county's 巾帼 news with
// 一是要… and a novel's women's meeting as look-alikes; 07–12), specs-c.mjs (banks, insurance and
// securities: a 农发行 speech flattened onto one line with PDF spaces, a bank branch's 致辞 under a bare
// name; a bank's own festival news with 一、 and 一是, a guide to writing a compliance speech, a
// 合规心得 with 第一是/第二是 and a traditional pinyin commendation decision as look-alikes; 13–18).
// Few speeches with numbered points stood on unused hosts (part c has two speeches). Each file's head
// says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
