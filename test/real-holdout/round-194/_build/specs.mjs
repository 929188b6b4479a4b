// Gold specs for holdout round 194, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 193, one file each, the six helpers reading
// both rounds' claims lists of hosts and checking each host with scripts/holdout-hosts.mjs: specs-a.mjs (newcomers and
// those who teach them: a 开学典礼 讲话 on a hijacked page flattened onto one line, two 导师代表 发言 (one on a
// traditional-script mirror), a 教师节 主持词 collection with 篇1; a novel and a manager's letter to new employees as
// look-alikes; 01–06), specs-b.mjs (discipline and the United Front: a 侨代会 致词 under a sidebar and its headline, a
// minister's Spring Festival 致词稿 to Taiwanese businesspeople; a 侨联 report, a novel, a 警示教育 report and a
// commentary as look-alikes; 07–12), specs-c.mjs (rural revitalisation and paired assistance: two speeches opening
// exhibitions abroad on 新疆 and 西藏; four reports and a novel on 对口支援 and 东西部协作 as look-alikes; 13–18). Eight
// speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
