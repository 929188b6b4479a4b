// Gold specs for holdout round 127, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 128, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (elderly care: a traditional 重阳 主持词 with converter pinyin,
// no title and two programme items, a county 老龄委's 重阳 greeting reposted on a forum; a traditional
// pinyin report with 一是–四是, a 政协 visit report under a casino brand, an elderly home's notice and a
// consultation report on a spam mirror as look-alikes; 01–06), specs-b.mjs (river chiefs and ecological
// civilisation: a town mayor's 河长制 发言 under a 小编 promo with 一、 headings, 一是 points and circled
// ①②③, a traditional pinyin 世界环境日 讲话 with no title; a 河长制 工作方案 and three reports as
// look-alikes; 07–12), specs-c.mjs (research institutes: 胡适's 讲话 as a novel site's chapter, his
// traditional 致词 with no title, an untitled 科协 年会 致辞, 钱学森's 讲话 under an editor's lead; two
// reports, one traditional with pinyin, as look-alikes; 13–18). Eight speeches in eighteen pages. Each
// file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
