// Gold specs for holdout round 154, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 153, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (horticulture and flower expos: a bonsai show's 致辞
// reposted from WeChat, a rose show's live 主持词, a garden expo's closing 讲话, a green expo's 发布词; a
// news report and a forum's ode as look-alikes; 01–06), specs-b.mjs (martial arts: a Chin Woo president's
// 讲话, a boxing bout's 致词, a tai chi class's 讲话 on one line, a championship's 致辞 on a pinyin mirror; a
// 竞赛规程 and a news report as look-alikes; 07–12), specs-c.mjs (archives and museums: an archive's
// anniversary 发言, a 发言摘编 on a hijacked pinyin mirror with 一、, ICOM's 欢迎词 with 一是/二是; a novel
// chapter, a 公告 and an explainer as look-alikes; 13–18). Eleven speeches in eighteen pages. Each file's
// head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
