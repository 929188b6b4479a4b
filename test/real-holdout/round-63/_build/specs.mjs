// Gold specs for holdout round 63, written from page.txt alone, before any engine ran on it. The
// round aimed at kinds of speaker, made in three parts at the same time as round 64, one file each,
// the six helpers reading both rounds' claims lists of hosts: specs-a.mjs (business leaders: a
// 发言稿 reposted on a forum's archiver with leaked HTML tags and a "[转帖]" tag, an investor's talk
// under a one-line press lead and "以下为演讲实录:" with 第一条,/第二,, a scholar's talk under a long
// press lead and its label with its own title below, a traditional forum's printable view of a
// graduation talk with no title; a traditional pinyin news report with 一是…四是 and a chamber's news
// with captions as look-alikes; 01–06), specs-b.mjs (scholars and academic occasions: a 1957 闭幕词 on a
// newspaper archive's page with a bare 一 glued to the salutation, a traditional pinyin law database's
// speech under its fields and a covering 通知 with "附件:", the Premier's opening 致詞 with no title, a
// university president's anniversary 致詞 on his blog with hard wraps; a graduate opening-ceremony news
// with 一是要/二要 and a journal article's page as look-alikes; 07–12), specs-c.mjs (diplomats and
// international occasions: a forum 致辞 under a ticker, crumb and caption with its own two-line title
// and "——我们要…" points, a traditional pinyin mirror's banquet 致辞 with dash points, a bilingual
// ambassador's 致辞 with its date glued to the title, a 文库 viewer's speech with its title split and
// hard wraps; an embassy meeting's news with 首先是要/其次要/第三要 and an encyclopedia's guide to
// 祝酒辞 as look-alikes; 13–18). Few speeches with numbered points stood on unused hosts. Each file's
// head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
