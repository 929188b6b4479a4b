// Gold specs for holdout round 78, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 77, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (the Red Cross and blood donation: a 致辞 at the Red
// Cross congress under a phone line that reads like "1.", a crumb, a headline and a bare name; a youth
// work 讲话 under a headline gluing title and subtitle; a volunteers' 发言稿 with its title twice; a 献血者日
// 致辞 with no title under a forum's anti-copy jammers; a report of a branch's founding with 一是…四是 and a
// bulletin on a signed article as look-alikes; 01–06), specs-b.mjs (civilised-city campaigns and moral
// models: a 道德模范 致辞 under a casino-branded press page with a lead and "全文如下:", a 座谈会 发言 on a
// collection page with an editor's note and block 一是/二是, a 创文 国旗下讲话 with 一、–五、 glued to their
// bodies, an 演讲 under a content farm's unrelated headline with 1、/2、; a report of a 最美家庭 award
// naming a 致辞 and a traditional report of a 道德模范 ceremony as look-alikes; 07–12), specs-c.mjs (ocean
// and fisheries: a 海洋牧场 发言 on a collection page with a lone 一是, a 海洋日 国旗下讲话 whose headline
// differs from its own title by a comma, a pupil's 海洋日 发言 with its title twice, a traditional 龙虾节
// 闭幕致辞 with no title; a maritime society's 工作报告 under a casino brand and a traditional report of a
// fisheries meeting as look-alikes; 13–18). Twelve speeches in eighteen pages. Each file's head says how
// build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
