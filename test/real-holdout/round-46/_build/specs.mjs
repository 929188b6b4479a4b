// Gold specs for holdout round 46, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time, one file each, the three helpers sharing one
// claims list of hosts: specs-a.mjs (township, street and county work meetings: a collection
// page's 人居环境整治 speech under its promo and piece heading, a 森林防火 主持词 with its title twice
// and related-document lines, a traditional mirror's one-line 环保督察 speech, a reserve's own page
// with a 题记 lead; a township's news of a 秸秆禁烧 meeting and a novel chapter as look-alikes; 01–06),
// specs-b.mjs (ceremonies and events: an announcer's script for a sports meet's parade, a pinyin
// mirror's award-ceremony speech under a one-item-a-line menu, a school's arts-festival opening
// speech under its motto header, a news page printing a consul's National Day speech; a New Year
// show's plan and a school's news of an unveiling as look-alikes; 07–12), specs-c.mjs (pages with
// heavy or unusual noise: a viewer's 主持词 with bulleted file facts and a glued keyword run, an
// association's speech under a dash subtitle and byline, a graduation 致辞 with a masked name and
// an English word, a government notice column's 致辞 with no title or noise; a study group's 心得 and
// a traditional mirror's news feature as look-alikes; 13–18). Few speeches with numbered points
// stood on unused hosts (said in each part's head). Each file's head says how build.mjs applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
