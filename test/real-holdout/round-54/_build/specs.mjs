// Gold specs for holdout round 54, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time, one file each, the three helpers sharing one
// claims list of hosts: specs-a.mjs (energy, mining and heavy industry: a vice-mayor's coal-mine
// safety speech printed under the city office's 印发 notice with 一、 and 一是, a gas-explosion warning
// speech flattened onto one line with its title glued to the byline and 第一,/第二,/第三, a traditional
// pinyin mirror's coal-mine class opening with 一是要, a chemical plant's 消防月 speech on a document
// site with hard wraps across blank lines; a mine's warning-education news with 一是…五是 and a
// novel's safety meeting as look-alikes; 01–06), specs-b.mjs (literature, arts and publishing: a
// calligraphers' congress 致辞 under a site header, a breadcrumb and a meta line, a traditional pinyin
// literary club 发言稿 with a glued watermark, an arts association's speech glued to a keyword and its
// own title on a document site, an embassy's book-fair 致辞 with a print footer; a 书画院 news report
// with 一要…三要 and a traditional blog's thanks after a book launch as look-alikes; 07–12), specs-c.mjs
// (personal and family occasions: a 悼词 on a flower shop's page under a nav line, a title suffix, a
// meta line and a promo, a traditional pinyin reunion 发言 with lost indents as "?", a traditional
// father's wedding speech tagged [轉載] with 這一/這二/這三, a retirees' birthday 发言 under a slogan
// headline; a novel's birthday banquet and a county news item on a retirement ceremony as
// look-alikes; 13–18). Few speeches with numbered points stood on unused hosts (said in each part's
// head). Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
