// Gold specs for holdout round 145, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 146, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (livestock and animal epidemic prevention: a veterinary dean's
// graduation 致辞 under a school bar, a video page's caption transcript glued to its time stamps, a village
// 宣讲 titled with no genre, a pinyin mirror's forum 发言 on one line; a farmer's written plea and a news
// report as look-alikes; 01–06), specs-b.mjs (aerospace and robotics: a bilingual 国旗下讲话 with no title, a
// robotics 演讲稿 under a run-together meta line, a two-voice aerospace talk with speaker labels, a 国旗下演讲
// under a bulleted crumb and a report lead; an anniversary article with 一、–四、 and a 活动方案 as
// look-alikes; 07–12), specs-c.mjs (water supply: a 世界水日 致辞 with its title glued before its date and
// salutation, a 国旗下讲话 under a badge and bullet meta lines, a traditional New Year 致辞 with no title; a
// report, a union's letter and a 停水通知 as look-alikes; 13–18). Eleven speeches in eighteen pages. Each
// file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
