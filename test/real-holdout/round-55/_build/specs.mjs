// Gold specs for holdout round 55, written from page.txt alone, before any engine ran on it. The
// round was made in three parts at the same time, one file each, the three helpers sharing one
// claims list of hosts: specs-a.mjs (taxation, finance, statistics and health insurance: a 医保 work
// meeting speech with its title printed twice and a 一、 heading, a 医保 press conference's moderator
// under seven header lines with 一是…四是 after a colon, a 医改 talk under a health portal's feature
// breadcrumb, teasers and lead; a novel's tax-office remarks, an 审计工作报告 with a salutation and a
// finance meeting's news with an injected casino brand as look-alikes; 01–06), specs-b.mjs (people's
// congresses and CPPCC sessions: a 主持词 printed as a book chapter with a search promo, a lecture on a
// congress site with 一、 and 一是…四是 after a colon, a closing speech's press copy under a headline,
// a caption and a bare name, a traditional pinyin mirror's address with a glued salutation and a dash
// point; a CPPCC 工作报告 and an election's news with dash paragraphs as look-alikes; 07–12),
// specs-c.mjs (police, fire and public security: a 党课 on a collection page under blog chrome and 篇一:,
// a traditional drink-driving talk under a crumb and a piece heading with a novel promo, a clean
// flag-raising fire-safety talk, a fire-day talk on a programming site; a traditional pinyin news
// report with 一要…三要 and a novel's police chief as look-alikes; 13–18). Few speeches with numbered
// points stood on unused hosts (said in each part's head). Each file's head says how build.mjs
// applies the steps.
import { specs as partA } from './specs-a.mjs';
import { specs as partB } from './specs-b.mjs';
import { specs as partC } from './specs-c.mjs';

export const specs = { ...partA, ...partB, ...partC };
