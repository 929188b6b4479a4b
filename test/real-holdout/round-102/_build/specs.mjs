// Gold specs for holdout round 102, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 101, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins: specs-a.mjs (conscription and the militia: six look-alikes and no
// speech — a novel's quoted send-off speech with censor dots, a traditional spun novel's quoted 一是/二是,
// a traditional pinyin mirror's report opening with a quote, a militia report with a 摘要 line, a forum
// archiver's 征兵 notice with glued 一、/二、 and blanked figures, and 兵役 regulations on a gambling-ad page;
// 01–06), specs-b.mjs (expos, fairs and trade shows: an untitled 展览会 开幕 致辞 under a meta line whose
// editor field names the speaker; a traditional report of a 开幕辞, a traditional mirror's report with a
// garbled run, a 文博会 report and two novels' quoted opening and closing speeches as look-alikes;
// 07–12), specs-c.mjs (museums and heritage: a 纪念馆 奠基 主持词 with its title twice and ** blanks, a
// 国旗下讲话稿 in a Word-template shop under file-info bullets, an untitled 文史馆 座谈会 讲话 with a remark
// before the salutation; a 非遗 opening's report with 一是要/一、, a museum's closure 公告 opening "尊敬的
// 观众朋友:" and a 博物馆日 report with 一是…三是 as look-alikes; 13–18). Four speeches in eighteen pages.
// Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
