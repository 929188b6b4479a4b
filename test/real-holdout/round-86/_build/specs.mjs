// Gold specs for holdout round 86, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time as round 85, one file each, the six helpers reading
// both rounds' claims lists of hosts; every part reports that the theme's numbered speeches stand on
// used hosts or template twins, and part C found no document viewer or WeChat mirror holding a speech
// on an unused host: specs-a.mjs (state firms and companies: an association's 致辞 under a dash byline,
// a 职代会 讲话 flattened onto one line with "一, " headings; four company news pages and press
// releases as look-alikes; 01–06), specs-b.mjs (culture and tourism: a 读书日 collection page's
// 演讲稿, an art festival's closing 讲话 on a diary site, a county's traditional 发言 at a festival press
// conference under its headline and lead, a 世界旅游日 致辞 in two languages; a traditional festival
// report with login chrome and a tourism guide as look-alikes; 07–12), specs-c.mjs (a reprinted
// 讲话 with print buttons and a photo caption, a Red Cross 致辞 with no noise, press remarks under a
// reading-time line and a summary; a WeChat-style hospital report, an action plan printed in full and a
// New Zealand weekly's e-edition report as look-alikes; 13–18). Nine speeches in eighteen pages. Each
// file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
