// Gold specs for holdout round 73, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 74, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (statistics, market regulation and quality: a 食品安全
// 发言稿 collection with seven block points after a colon, a traditional pinyin mirror's 商标 座谈会 讲话
// with its byline, a traditional 质量 award 讲话 with no title and a block 一要, a 3·15 演讲稿 collection
// under a crumb and a promo; a one-line report of a 食品安全宣传周 opening and a pinyin mirror's signed
// article on the 统计法 as look-alikes; 01–06), specs-b.mjs (prisons, drug control and community
// corrections: a school's 禁毒 国旗下讲话 under a "name:title" headline with 1./2./3., a juvenile-crime
// 讲话 on a hijacked site with 一、 and (一), a bilingual UN 禁毒日 致辞, a traditional pinyin mirror's
// 国旗下演讲稿 page (2); a county's 禁毒 倡议书 and a novel's 禁毒委 座谈会 as look-alikes; 07–12),
// specs-c.mjs (meteorology, earthquakes and surveying: a county 防震减灾 meeting 讲话 with no title, a
// surveying bureau's 开幕辞 under a press headline and label, a pupil's 防灾减灾日 flag-raising talk under a
// column tag; a casino-spam copy of a 地震局长会议 report with "——要…" lines and a 防震减灾条例 as
// look-alikes; 13–18; a saved copy on 360doc.com was set aside at the merge: a used host). Eleven
// speeches in seventeen pages. Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
