// Gold specs for holdout round 60, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 59, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (ethnic and religious affairs, Taiwan and foreign
// affairs: a 民族团结 演讲稿 on a collection page with 篇1 and 1、–4、 after a colon, a traditional
// mirror's 对台 致辞 under a print bar, press lead and "以下為致辭原文:", a 台湾周 致辞 with a wrapped
// title and a bare name, a Buddhist leader's speech on a traditional mirror leaking spam markup; a
// traditional pinyin news report with inline 第一,/第二, and a foreign-affairs office's rules as
// look-alikes; 01–06), specs-b.mjs (hospitals and medical staff: a blog post publishing its author's
// 表态发言 under "我的发言如下:", a traditional pinyin 护士节 主持词 with a glued watermark, a university
// wiki's traditional speech under its chrome, byline and caption, a hospital's 发言 with its title broken
// over two lines; a pinyin mirror's capping-ceremony news and a novel's health official as
// look-alikes; 07–12), specs-c.mjs (supply-and-marketing, chronicles, statistics, grain and secrecy: a
// federation council's closing speech with 一、, a traditional copy whose converter wrote every 一 as
// 壹, a 70th-anniversary speech on a hacked company site under a betting-brand breadcrumb, a census
// talk under a news agency's lead and "以下是讲话全文:"; a grain novel with Thai letters glued in and a
// cloned site's secrecy lecture report as look-alikes; 13–18). Few speeches with numbered points stood
// on unused hosts. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
