// The site's section a page sits in, read from the breadcrumb the cleaning removed
// ("当前位置:主页 > 演讲与口才 > 演讲稿 > 安全演讲稿 > >" → "安全演讲稿"). A template site files a
// speech under its genre, which the speech's own title may not name ("警钟常鸣 奏响幸福乐章"); a
// label over the text ("国旗下讲话内容", "讲话全文") or a column's name over the title ("国旗下讲话") names
// it the same way, and so does the site's promo that quotes the text's name ("小编为你整理了多篇相关的《…培训班上的讲话》")
// or an editor's note telling what was given ("题记:…同志代表周边社区群众作了发言"), or the headline of a
// collection of speeches over the first ("…座谈会发言摘编").
// Pure: no DOM, no browser API.
import { announcedSpeech } from './lead-before-full-text';
import { ENGLISH_SPEECH_LABEL } from './english-speech-label';
import { kindTheLeadNames } from './title-named-in-lead';
import { foldScript } from './script/fold';
import { CATEGORY_LABEL, SPEECHES_COLLECTION } from './title';
import type { Removed } from './types';
import { allMatches } from './rules/all-matches';
import { HEADS_WORDS_COLUMN } from './rules/speech-cues';

// the steps are trimmed after the split: spaces around a separator in the pattern would make a
// long run of spaces a quadratic search
const STEP_SEPARATOR = />>|>|›|»|＞|→/;
const LABEL = /^(?:当前位置|您的位置|你的位置|(?:您|你)现在的位置|您当前的位置|(?:您|你)的?当前位置|所在位置|现在位置)(?:是)?\s*[:：]?/;
const MAX_STEP = 30;

/**
 * The page's label over the text ("国旗下讲话内容") or the speech a press label announces, else the breadcrumb's last step that is not the
 * page's own title, else a column's name over the title, else the name a promo quotes, or undefined.
 */
export function siteSection(removed: readonly Removed[], title: string): string | undefined {
  const label = removed.find((r) => r.rule === 'site-chrome.genre-content-label');
  if (label) return label.text;
  const collection = collectionGenre(removed);
  if (collection) return collection;
  const announced = announcedSpeech(removed) ?? kindTheLeadNames(removed) ?? genreAnEditorNoteTells(removed) ?? speakerField(removed) ?? genreBadge(removed) ?? englishSpeechLabel(removed);
  if (announced) return announced;
  // (a trail labelled as the page's place over a bare menu bar the same rule took: "网站首页 学校概况 …" /
  // "你现在的位置是: 本站首页 德育园地 国旗下演讲")
  const crumbs = removed.filter((r) => r.rule === 'breadcrumb.location');
  const crumb = crumbs.find((r) => LABEL.test(r.text.trim())) ?? crumbs[0];
  if (!crumb) return columnOverTitle(removed) ?? promoQuotedName(removed);
  const trail = crumb.text.replace(LABEL, '');
  // a trail with no arrow between its steps sets them apart by spaces ("首页 写作技巧 正文")
  const steps = trail
    .split(STEP_SEPARATOR.test(trail) ? STEP_SEPARATOR : SPACES)
    .map((s) => s.trim())
    .filter((s) => s && s !== title && s.length <= MAX_STEP);
  // the page's own label at the end of the trail names no section
  while (steps.length && PAGE_LABEL.test(steps[steps.length - 1]!)) steps.pop();
  return steps.length >= 2 ? steps[steps.length - 1] : (columnOverTitle(removed) ?? promoQuotedName(removed));
}

/** A government site's English label under its headline ("Speech by Ms …, Minister for … at …"), cut from the text: the page
 * holds a speech. */
function englishSpeechLabel(removed: readonly Removed[]): string | undefined {
  return removed.some((r) => r.rule === ENGLISH_SPEECH_LABEL.rule) ? '讲话' : undefined;
}

/** The genre a collection's headline over the text names ("…座谈会发言摘编" → "发言"): the page prints speeches. */
function collectionGenre(removed: readonly Removed[]): string | undefined {
  for (const r of removed) {
    if (r.rule !== 'site-chrome.above-title') continue;
    const m = SPEECHES_COLLECTION.exec(foldScript(r.text.trim()));
    if (m) return m[1] ?? m[2];
  }
  return undefined;
}

/** The spoken genre an editor's note over the text says was given ("题记:…柯春林同志…作了发言,…" → "发言"). */
function genreAnEditorNoteTells(removed: readonly Removed[]): string | undefined {
  // (a note over several lines tells it on any of them)
  const notes = removed.filter((r) => r.rule === 'meta.editor-note');
  if (notes.length) {
    for (const note of notes) {
      const genre = NOTE_TELLS_GENRE.exec(foldScript(note.text))?.[1];
      if (genre) return genre;
    }
    return undefined;
  }
  // or a publisher's note under the text on what it was taken from ("(本文根据…在…峰会上的致辞整理)")
  const source = removed.find((r) => r.rule === 'meta.source-note');
  return source ? SOURCE_NOTE_GENRE.exec(foldScript(source.text))?.[1] : undefined;
}
const SOURCE_NOTE_GENRE = /(讲话|致辞|发言|演讲)(?:整理|摘编|节选)?[^()（）]{0,12}[)）]$/;
/** "…作了发言", "…发表了讲话", "…应邀讲话", "…出席并致辞"; a series' note: "我们将陆续推出年会精彩发言", "今日推送精彩发言的第四篇";
 * the talk named by where it was given: "…女士在2006年平遥国际摄影节上的讲演通过…". */
const NOTE_TELLS_GENRE = /(?:(?:作了|做了|发表了?|进行了|推出|推送|应邀|出席并)[^。！？]{0,20}?|在[^。！？，,]{2,40}上的)(发言|讲话|致辞|演讲|讲演)/;

/** A genre's badge in brackets the title line carried ("【国旗下演讲】挽赤心之雕弓 得国安之长空"): the kind of text the page files. */
function genreBadge(removed: readonly Removed[]): string | undefined {
  for (const r of removed) {
    if (r.rule !== 'title.category-badge') continue;
    const inner = foldScript(r.text.trim()).replace(BADGE_BRACKETS, '');
    if (CATEGORY_LABEL.test(inner) || HEADS_WORDS_COLUMN.test(inner)) return inner;
  }
  return undefined;
}
const BADGE_BRACKETS = /^[【\[（(]|[】\]）)]$/g;

/** A column's name printed over the title, a genre alone ("国旗下讲话", "领导致辞") or a headline's tag before
 * its bar ("新年寄語|2018,看看長春高新區的“新藍圖”"): the section. */
function columnOverTitle(removed: readonly Removed[]): string | undefined {
  for (const r of removed) {
    if (r.rule !== 'site-chrome.above-title') continue;
    const text = r.text.trim();
    if (CATEGORY_LABEL.test(text)) return text;
    const tag = HEADLINE_TAG.exec(text) ?? BRACKETED_KICKER.exec(text);
    if (tag) return tag[1];
  }
  return undefined;
}
const HEADLINE_TAG = /^([\u4e00-\u9fff]{2,8})[|｜]/;
/** A headline's column in brackets before it ("【詩歌】夢逐新航"), read with its brackets: the headline's own kicker, not a
 * breadcrumb's step (a junk site files a speech under "小说" in its trail). */
const BRACKETED_KICKER = /^(【[\u4e00-\u9fff]{2,4}】)\s{0,2}\S/;

const SPACES = /\s+/;
/** What a trail calls the page itself: "正文", "内容", "详情". */
const PAGE_LABEL = /^(?:正文|内容|内容页|正文页|详情|详细内容|阅读|文章|本文)$/;

/** A lecture page's meta line naming its speaker among its other fields ("演讲者:蔡昉    时间:…    阅读:…次"): the page files a
 * talk. (The speaker's field alone, "主讲人:郑书岚", heads a course's notes as well.) */
const SPEAKER_FIELD = /^(?:演讲者|演讲人|主讲人|主讲嘉宾)\s{0,2}[:：][^:：]{1,30}?\s(?:时间|日期|阅读|来源|点击|浏览|地点|发布)/;
function speakerField(removed: readonly Removed[]): string | undefined {
  return removed.some((r) => r.reason === 'meta' && SPEAKER_FIELD.test(foldScript(r.text.trim()))) ? '演讲' : undefined;
}

/** A document's name in 《》, as a site's promo quotes it ("以下是为您推荐的《小学奠基仪式实施方案》"). */
export const QUOTED_NAME = /《([^《》]{4,60})》/g;

/** The name a site's promo gives the text in 《》, if a promo that was removed quotes one. */
function promoQuotedName(removed: readonly Removed[]): string | undefined {
  for (const r of removed) {
    if (r.reason !== 'promo' || !r.text.includes('《')) continue;
    for (const name of allMatches(QUOTED_NAME, r.text)) return name[1];
  }
  return undefined;
}
