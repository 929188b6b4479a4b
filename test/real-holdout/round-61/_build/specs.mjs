// Gold specs for holdout round 61, written from page.txt alone, before any engine ran on it. The
// round aimed at kinds of page rather than topics, made in three parts at the same time as round 62,
// one file each, the six helpers reading both rounds' claims lists of hosts: specs-a.mjs (WeChat
// articles copied to other sites: an NGO's 贺词 on a news aggregator with a 「导读」 teaser, a 致辞 on a
// reprint site under a press lead and "致辞全文如下:", a talk pasted whole from WeChat onto a vendor's
// news page with its byline, URL and "以下是文字实录。", a traditional pinyin mirror's 演讲全文稿; an
// InfoQ interview under an account header and a magazine's report with 1.–4. as look-alikes; 01–06),
// specs-b.mjs (forums, blogs and association sites: a clan website's speech with a name-bracketed
// headline and 一是/二是, a clan speech with no title and 首先,/其次,, a forum thread's speech with a QQ
// group's chat under it, a groom's toast on a personal blog; a blog essay numbered 1–6 and a clan
// forum's news with an anti-scrape string glued before each paragraph as look-alikes; 07–12),
// specs-c.mjs (government and press pages: a vice-minister's speech on an education society's page
// under its editor's lead and label, a Tainan mayor's year-end broadcast, a TV news page's 致詞 under
// "…致詞全文如下:"; a district news report, a township 政府工作报告 and a State Council 通知 on
// wikisource as look-alikes; 13–18). Few speeches with numbered points stood on unused hosts. Each
// file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
