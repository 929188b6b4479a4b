// Gold specs for holdout round 77, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 78, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (work style and efficiency drives: a 作风建设 党课 with
// its title twice and 一、 over (一)–(四), a 营商环境大会 主持讲话 with placeholders and lone 首先, agenda
// paragraphs, a traditional pinyin mirror's 作风整顿 讲话 with an image's alt text and 一是…五是 glued to
// the words before them, an 演讲稿 under a search keyword with a watermark glued after a full stop; an
// academic paper on a WAP site and a 工作小结 with an addressee line as look-alikes; 01–06), specs-b.mjs
// (secrecy and national security: a police officer's 国家安全教育日 国旗下讲话 under a run-together
// headline with block 一、/二、, a 国旗下演讲 under a news lead with block 1./2., a bilingual 国旗下讲话 under
// the site's section name; a 保密 study report, a novel's secrecy lecture with dropped characters and a
// 保密法 publicity summary as look-alikes; 07–12), specs-c.mjs (civil air defence, national defence and
// conscription: a 国防教育日 talk flattened onto one line in a 文库 viewer, a county 议军会 讲话 under a
// series title, a traditional library mirror of the 1954 國防委員會 講話; a novel's 民兵 动员 and a
// siren's first-person feature on a 人防 site as look-alikes; 13–18; a 征兵 表态发言 set aside at the
// merge as a template twin). Ten speeches in seventeen pages. Each file's head says how build.mjs
// applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
