// Gold specs for holdout round 64, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 63, one file each, the six helpers reading
// both rounds' claims lists of hosts: specs-a.mjs (sports meetings and games: a winter-swimming club's
// 全民健身日 speech on a Discuz forum with jammer strings, page 6 of a sports meeting's 主持词 with 甲:/乙:
// and 二、/三、 mid-run, a winter-run launch speech under a site teaser, a school's 国旗下 speech under a
// meta line; a hijacked site's news with a betting brand glued into the headline and 一要/二要 after a
// colon and a novel's opening ceremony as look-alikes; 01–06), specs-b.mjs (press conferences: a
// traditional pinyin mirror's press-conference speech with 一、, a 新闻通气会 发言 with the byline glued
// to the repeated title, 一、/二、 and 一是; a news report with 一是…三要, a traditional pinyin
// conference transcript and a TV interview record on one line as look-alikes; 07, 08, 10–12),
// specs-c.mjs (lectures, reading and sharing sessions: a recorded lecture on 孝道 under its summary and
// links with 一、, a library keynote under a widget printed twice with inline 第一/第二, a 读书月 致辞 under
// a crumb and teaser; a textbook's sample contest speech and a novel's graduation speech as
// look-alikes; 14–18). Two pages were set aside after the round was built, their hosts found to be
// twins of used ones by the other helpers: part b's 09 (hk.crntt.com, the CRNTT site round 60's 02 used
// at 49.213.3.36) and part c's 13 (taiwan.cn, whose pages round 60's 05 mirrored at opkks.com); their
// entries were taken out of the spec files. Few speeches with numbered points stood on unused hosts.
// Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
