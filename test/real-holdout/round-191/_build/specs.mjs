// Gold specs for holdout round 191, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 192, one file each, the six helpers reading
// both rounds' claims lists of hosts and checking each host with scripts/holdout-hosts.mjs: specs-a.mjs (elderly care and
// the Double Ninth: a 讲话摘要 with its own date line, 周恩来's talk to conference members over sixty, a school's 重阳
// 国旗下讲话 printed under its report; a novel and two news reports as look-alikes; 01–06), specs-b.mjs (grain and
// harvest: a forum's 发言 with block 一是,/二是,, a 国旗下讲话 on 袁隆平; a hijacked news page, a round-table interview, a
// novel and a 事迹材料 as look-alikes; 07–12), specs-c.mjs (tourism and festivals: a park opening's 致辞 on a hijacked
// company site, a garden expo's 致辭 under a press headline, a tour guide's 欢迎词; three news reports as look-alikes;
// 13–18). Eight speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
