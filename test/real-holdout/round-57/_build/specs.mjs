// Gold specs for holdout round 57, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time, one file each, the three helpers sharing one
// claims list of hosts: specs-a.mjs (county and city government portals: a county CPPCC session's
// 开幕词 under a breadcrumb and a meta line cut inside its font widget, a county secretary's New Year
// address on a portal mirror with the page title glued to his byline; a traditional pinyin mirror of
// a district's news with 一是…三是, a county portal's Spring Festival news, a county government's
// 工作规则 under an index-number block and a health commission's self-assessment as look-alikes;
// 01–06), specs-b.mjs (school and university sites: a college's opening speech on a hijacked copy
// with emoji glued into words and a 一、 marker and a casino brand in the college's name, a graduation
// speech under a viewer's page number glued to its title with 第一,/第二,, a dean's 开学 致辞 whose
// title stands three times with 一是关于…, a Taiwanese principal's 朝會 talk under a document
// viewer's chrome in PDF wraps; a college's graduation news with 一是…三是 and a pupil's composition as
// look-alikes; 07–12), specs-c.mjs (traditional-script and overseas Chinese pages: a Singapore
// minister's speech under an English government banner with 1.–5., a Malaysian 讲词 on a blog with its
// lost digits, a Taiwanese 祝福詞 glued to its salutation with 一、二、三、, a Hong Kong school's 歡迎辭
// in a flipbook's text layer with a caption glued inside a word; a traditional pinyin news mirror and
// a wiki's entry on 講話稿 as look-alikes; 13–18). Few speeches stood on unused government hosts (part
// a has two). Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
