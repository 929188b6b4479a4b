// Gold specs for holdout round 49, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time, one file each, the three helpers sharing one
// claims list of hosts: specs-a.mjs (civil affairs, social security, veterans and the elderly: a
// 殡葬改革 speech with 一、 and (一)/(二), a speech at the 残联 presidium under a breadcrumb captured as a
// numbered list, a traditional pinyin mirror's 离退休 speech with no title, a 重阳节 致辞 under a
// summary that opens like a salutation; a 民政局 倡议书 and a 退役军人 慰问信 as look-alikes; 01–06),
// specs-b.mjs (business and commerce: an association chair's 致辞 on a pinyin mirror under a press
// lead, an industry-forum address with 第一、/第二、, a chamber's 换届 speech with 一是 and a dash
// subtitle, a dealers' chamber 致辞 with no title or noise; a dealers' symposium news report and an
// association's news as look-alikes; 07–12), specs-c.mjs (students speaking: a 国旗下讲话 flattened onto
// one line, a graduate's and a continuing student's 毕业典礼 发言, a freshman's 发言 with 第一题/第二题;
// a 百日誓师 news report and a 竞选演讲稿 writing guide as look-alikes; 13–18). Few speeches with numbered
// points stood on unused hosts (said in each part's head). Each file's head says how build.mjs
// applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
