// Gold specs for holdout round 95, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 96, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (customs and ports: an untitled 致辞 to envoys closing with
// a source address and an editor's line, an expo's opening 致辞 with its salutation glued to the first
// sentence; a customs office opening's news, a traditional pinyin mirror's report with 一是…五是, a
// customs chief's Q&A interview and a traditional book chapter retelling a 新年致辭 as look-alikes;
// 01–06), specs-b.mjs (civil air defence and disaster prevention: a school drill's 动员讲话 whose title
// stands only as the breadcrumb's last crumb, with 3、/4、/5、 and no 1、, a one-line 防灾减灾 演讲稿
// opening with its salutation, a 国旗下讲话 under a school site's header with 1. and 2.; a WeChat
// mirror's meeting summary, a novel's county head speaking after an earthquake with 一是/二是 and a
// signed article by a 人防办 head as look-alikes; 07–12), specs-c.mjs (securities and financial markets:
// a listing-day 感言 on a company site hijacked by a casino brand, a forum's 速记稿 with the speaker's
// label glued to the salutation; an IPO chairman's open letter under a "致辞" headline, a news report
// with block 一是/二是, a 通知 with 一、 and (一) and a market report with inline 一是 as look-alikes;
// 13–18). Seven speeches in eighteen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
