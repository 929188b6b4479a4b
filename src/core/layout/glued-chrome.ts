// Chrome glued to the start or end of a block's text, as document viewers and sites print it:
// a viewer's banner before the first word ("精品文档,欢迎下载开场A:…"), the file's number
// ("编号:136929198县委常委…"), a tag box after the last ("…三点意见:&n[标签:介绍]"), a site's
// banner with its domain run into the title ("秘书之家—全网资源每日更新www.mishuzj.com在全省…").
// Rules as data; each has examples it must cut and text it must leave (glued-chrome.examples.ts,
// tested by test/core/layout.test.ts).
import type { RemovedReason } from '../types';

export interface GluedChromeRule {
  id: string;
  reason: RemovedReason;
  /** where the chrome is glued: before the text, after it, or anywhere (a page break's footer
   * in a document flattened onto one line) */
  at: 'start' | 'end' | 'anywhere';
  /** anchored at that end ('anywhere': global); the whole match is cut */
  pattern: RegExp;
  /** words every match holds, in either script: read on the line as the page has it, before
   * folding, so that most lines are passed over without a plain copy or a look at the pattern */
  hint: RegExp;
}

export const GLUED_CHROME_RULES: readonly GluedChromeRule[] = [
  {
    // The banner of converted 文库 documents, on every page's head (after the page's number).
    id: 'site-chrome.viewer-banner',
    reason: 'site-chrome',
    at: 'start',
    pattern: /^(?:\d{1,3}、)?精品文档\s{0,2}[,，、]?\s{0,2}(?:欢迎下载|可编辑|值得拥有)|^精品文档$/,
    hint: /精品文/,
  },
  {
    // A viewer's document number: "编号:136929198", "文档编号：9031322".
    id: 'site-chrome.viewer-number',
    reason: 'site-chrome',
    at: 'start',
    pattern: /^(?:\d{1,3}、)?(?:文档|资源)?(?:编号|ID)\s{0,2}[:：]\s{0,2}[A-Za-z0-9-]{5,20}/,
    hint: /[编編][号號]|ID/,
  },
  {
    // A viewer's page label before the page's text, after the page's number ("1、第 1 页 老师在…"),
    // or between two sentences of a document flattened onto one line ("…振翅远航。 第 2 页 毕业…").
    id: 'site-chrome.viewer-page-label-glued',
    reason: 'site-chrome',
    at: 'anywhere',
    pattern: /(?:^(?:\d{1,3}、)?|(?<=[。！？!?”]\s{1,3}))第\s{0,2}\d{1,4}\s{0,2}[页頁](?=\s{1,3}[^\s/／|｜共第])/g,
    hint: /[页頁]/,
  },
  {
    // A viewer's fingerprint of the document, printed in its text: "特征码 xCPyxEGbJBWxjXhCzFTR".
    id: 'site-chrome.viewer-fingerprint',
    reason: 'site-chrome',
    at: 'anywhere',
    pattern: /特征码\s{0,2}[:：]?\s{0,2}[A-Za-z0-9]{8,40}(?![A-Za-z0-9])/g,
    hint: /特[征徵]碼|特征码|特徵码/,
  },
  {
    // The tag box after the text, with a cut-off "&nbsp;" before it: "&n[标签:介绍]".
    id: 'site-chrome.viewer-tags',
    reason: 'site-chrome',
    at: 'end',
    pattern: /(?:&[a-z]{0,5};?)?\s{0,2}\[标签\s{0,2}[:：][^[\]]{0,30}\]$/,
    hint: /[标標][签簽籤]/,
  },
  {
    // The page footer of converted 文库 documents after the last sentence: "…。欢迎下载".
    id: 'site-chrome.viewer-footer',
    reason: 'site-chrome',
    at: 'end',
    pattern: /(?<=[。！？!?])\s{0,2}(?:精品文档\s{0,2}[,，]?\s{0,2})?欢迎下载(?:\s{0,2}[,，]?\s{0,2}(?:可编辑|精品文档))?$/,
    hint: /[欢歡]迎下[载載]/,
  },
  {
    // A page break inside a PDF flattened onto one line: the page's footer and the separator
    // rule ("…发扬“宁 收集于网络,如有侵权请联系管理员删除 ______ 愿一人脏…").
    id: 'site-chrome.viewer-page-break',
    reason: 'site-chrome',
    at: 'anywhere',
    pattern: /收集于网络\s{0,2}[,，]?\s{0,2}如有侵权请联系管理员删除|_{20,}/g,
    hint: /管理[员員][删刪]除|_{20}/,
  },
  {
    // A site's name, slogan and domain run into the first words: "秘书之家—全网资源每日更新www.mishuzj.com",
    // with its contact and slogan after the domain ("哒哒文库:www.dadawk.com微信添加【dadawk01】海量公文范文,朋友圈每天更新").
    id: 'watermark.glued-banner',
    reason: 'watermark',
    at: 'start',
    pattern:
      /^[\u4e00-\u9fff]{1,8}(?:之家|网|汇|文库|范文|文秘|帮|在线)\s{0,2}[—\-–·|｜:：]{1,2}\s{0,2}[\u4e00-\u9fff]{0,16}\s{0,2}(?:https?:\/\/)?(?:www\.|m\.|wap\.)?[a-z0-9-]{2,30}\.(?:com|cn|net|org)(?:\.cn)?(?:\s{0,2}(?:微信|公众号|QQ)(?:添加|关注|搜索|号)?\s{0,2}[:：]?\s{0,2}[【\[]?[a-z0-9_-]{4,20}[】\]]?(?:[^。！？!?]{0,20}?(?:每天更新|每日更新|持续更新|免费下载))?)?/i,
    // the pattern ignores case: so does its hint, spelled out (the union of hints keeps no flag)
    hint: /\.(?:[Cc](?:[Oo][Mm]|[Nn])|[Nn][Ee][Tt]|[Oo][Rr][Gg])/,
  },
  {
    // The header line of Word files resold on document sites, glued wherever the page break put
    // it: "竭诚为您提供优质文档/双击可除".
    id: 'watermark.doc-header-slogan',
    reason: 'watermark',
    at: 'anywhere',
    pattern: /竭诚为您提供优质文档(?:\s{0,2}[\\/|｜]{1,4}\s{0,2}双击可除)?/g,
    hint: /[优優][质質]文[档檔]/,
  },
  {
    // A post's time glued after its heading: "简短羽毛球开幕式致辞 | 2024-04-26 04:41:06".
    id: 'meta.post-time',
    reason: 'meta',
    at: 'end',
    pattern: /(?<=[\u4e00-\u9fff])\s{0,2}[|｜]\s{0,2}20\d{2}-\d{1,2}-\d{1,2}(?:\s{1,2}[0-2]?\d:[0-5]\d(?::[0-5]\d)?)?$/,
    hint: /[|｜]\s{0,2}20\d\d-/,
  },
  {
    // A site's publishing stamp opening a block that goes on after a space: the page's head and
    // text flattened onto one line ("发表时间:2017-09-04 22:51 国旗下讲话:…"). The time ends it; a
    // meta line of several fields is a line rule's, whole, so a sentence must end soon after it.
    id: 'meta.published-glued',
    reason: 'meta',
    at: 'start',
    pattern: /^(?:发布|发表|更新|上传)(?:时间|日期)\s{0,2}[:：]\s{0,2}20\d{2}-\d{1,2}-\d{1,2}(?:\s{1,2}[0-2]?\d:[0-5]\d(?::[0-5]\d)?)?(?=\s{1,3}[^。！？!?]{1,90}[。！？!?])/,
    hint: /(?:[发發]布|[发發]表|更新|上[传傳])(?:[时時][间間]|日期)/,
  },
  {
    // A column's name with the day's date in brackets, opening a block that goes on after a
    // space: a school page's kicker flattened with the text onto one line ("国旗下讲话:(2017年9月4日)
    // 铭记历史…"): a sentence ends soon after it.
    id: 'meta.dated-column-glued',
    reason: 'meta',
    at: 'start',
    pattern: /^[\u4e00-\u9fff]{2,8}\s{0,2}[:：]\s{0,2}[(（]\s{0,2}(?:\d{4}|[〇○零一二三四五六七八九]{4})\s{0,2}年[^()（）]{1,12}日\s{0,2}[)）](?=\s{1,3}[^。！？!?]{1,90}[。！？!?])/,
    hint: /[:：]\s{0,2}[(（]\s{0,2}(?:\d{4}|[〇○零一二三四五六七八九]{4})\s{0,2}年/,
  },
  {
    // A piece's heading in hash marks, glued into a page flattened onto one line after the site's
    // intro: "…希望对大家有所帮助。 #小学生在国防教育上的讲话稿1# 各位老师、各位同学:".
    id: 'site-chrome.hash-piece-heading',
    reason: 'site-chrome',
    at: 'anywhere',
    pattern: /(?:^|(?<=[。！？!?]\s{0,3}))#[^#\s]{2,40}(?:稿|词|辞|讲话|发言)\s?[0-9一二三四五六七八九十]{0,2}#(?=\s{0,3}\S)/g,
    hint: /#[^#\s]{2,40}#/,
  },
  {
    // A search page's keyword run glued before the salutation: the genre twice or more, a topic and
    // "精选" ("主持词龙舟赛主持词精选尊敬的各位领导、…"); no speech names its own genre before greeting the room.
    id: 'promo.keyword-run-glued',
    reason: 'promo',
    at: 'start',
    pattern: /^(?:[\u4e00-\u9fff]{0,6}?(?:主持词|讲话稿|发言稿|演讲稿|致辞稿?|串词)){2,3}(?:精选|大全|范文|模板)?(?=尊敬的|敬爱的|亲爱的|各位|同志们|老师们|同学们)/,
    hint: /主持[词詞]|[讲講][话話]稿|[发發]言稿|演[讲講]稿|致[辞辭]|串[词詞]/,
  },
  {
    // A reading site's failed load glued after the last words: "…單是在廣島……(内容加载失败!)".
    id: 'site-chrome.load-failed-glued',
    reason: 'site-chrome',
    at: 'end',
    pattern: /[(（]\s{0,2}(?:内容|章节|正文)?加载失败\s{0,2}[!！]?\s{0,2}[)）]$/,
    hint: /加[载載]失[败敗]/,
  },
  {
    // A paper library's SEO sentence glued after the piece's title: "积极探索创新…理论体系,本文主要内容
    // 关键词为:积极探索论文,…,此文献不代表本站观点,内容供学术参考,文章仅供参考阅读下载。"
    id: 'promo.seo-keywords-glued',
    reason: 'promo',
    at: 'anywhere',
    pattern: /[，,]?\s{0,2}本文(?:主要)?(?:内容)?关键词(?:为|是)?\s{0,2}[:：][^。！？!?\n]{1,200}(?:[。！？!?]|$)/g,
    hint: /[关關][键鍵][词詞]/,
  },
  {
    // A newspaper's jump line where a story runs on from another page: "(上接第一版)" before the
    // text, "(下转第二版)" after it, or alone on its line.
    id: 'meta.page-jump',
    reason: 'meta',
    at: 'start',
    pattern: /^[(（]\s{0,2}(?:上接|接上|承上|紧接|緊接)\s{0,2}(?:第?\s{0,2}[一二三四五六七八九十0-9]{1,3}\s{0,2}[版页頁]|[A-Z]?\d{1,2}版)\s{0,2}[)）]\s{0,2}/,
    hint: /上接|承接|紧接|緊接|接上/,
  },
  {
    id: 'meta.page-jump-end',
    reason: 'meta',
    at: 'end',
    pattern: /\s{0,2}[(（]\s{0,2}(?:下转|下轉|转下|轉下|转|轉)\s{0,2}(?:第?\s{0,2}[一二三四五六七八九十0-9]{1,3}\s{0,2}[版页頁]|[A-Z]?\d{1,2}版)\s{0,2}[)）]$/,
    hint: /[(（]\s{0,2}(?:下[转轉]|[转轉])/,
  },
];

/** Every rule's hint: a line holding none is passed over by them all. */
export const GLUED_CHROME_HINT = new RegExp(GLUED_CHROME_RULES.map((r) => r.hint.source).join('|'));

/** How far from a line's start and end glued chrome is looked for. */
export const GLUED_HEAD = 120;
export const GLUED_TAIL = 60;

/** The part of a plain line a rule reads: its head, its tail, or all of it. */
export function whereRuleLooks(rule: GluedChromeRule, text: string): string {
  return rule.at === 'end' ? text.slice(-GLUED_TAIL) : rule.at === 'start' ? text.slice(0, GLUED_HEAD) : text;
}
