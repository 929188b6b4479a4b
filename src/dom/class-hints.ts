// What an element's class and id say about it. Template sites name their article box
// #content, .article-content, .artbox, #art, .zwbox (正文), Discuz td.t_f#postmessage_N, and
// their furniture .nav, .sidebar, .xgwz (相关文章), .tuijian (推荐), .comment …

import { classAttributeOf } from './element-kinds';

/** Words that mark the article box. Short ones must be a whole token ("arc", "zw"). */
const ARTICLE_TOKENS = new Set([
  'content', 'article', 'text', 'main', 'detail', 'details', 'arc', 'art', 'conn', 'post',
  'zw', 'entry', 'story', 'body', 'con', 'cont', 'neirong', 'wenzhang', 'zhengwen', 'artbox',
  'zwbox', 'postmessage', 'blog', 'news', 'read', 'page-content',
]);
const ARTICLE_INFIXES = ['content', 'article', 'artbox', 'zwbox', 'neirong', 'zhengwen', 'postmessage', 'detail'];

/** Words that mark furniture around (or inside) the article box. */
const CHROME_TOKENS = new Set([
  'nav', 'navbar', 'menu', 'side', 'sidebar', 'footer', 'foot', 'comment', 'comments', 'reply',
  'related', 'relate', 'recommend', 'tuijian', 'xgwz', 'xgfw', 'rmwz', 'hot', 'share',
  'pager', 'pagination', 'breadcrumb', 'crumb', 'crumbs', 'copyright', 'banquan',
  'prenext', 'prevnext', 'shangxia', 'tags', 'tag', 'widget', 'ad', 'ads', 'guanggao',
  'banner', 'login', 'toolbar', 'social', 'masthead', 'subscribe', 'newsletter', 'promo',
]);
const CHROME_INFIXES = ['sidebar', 'footer', 'comment', 'related', 'recommend', 'breadcrumb', 'copyright', 'pagination', 'navbar', 'advert'];

/** Words that count against an article box but do not make an element furniture. */
const WEAK_NEGATIVE_TOKENS = new Set(['list', 'header', 'head', 'top', 'link', 'links', 'more', 'box-r', 'right', 'left', 'meta', 'info']);

/** Atomic CSS ("gc gd dg ay ax …", Medium, Yahoo) names no role: its short names are noise. */
const ATOMIC_SHORT_CLASSES = 4;

/** What an element's class and id say, read once per pair of strings (class reads are not free in
 * every DOM, and a page repeats the same few class names on hundreds of elements). */
interface NameVerdict {
  article: boolean;
  chrome: boolean;
  /** a word that counts against an article box without making the element furniture */
  weak: boolean;
}

/** Verdicts kept per "class\nid" (bounded: cleared when full; they never change). */
const verdicts = new Map<string, NameVerdict>();
const REMEMBERED = 4096;

function meaningfulClass(classes: string): string {
  // each name once: a class list names a class once, however often the attribute repeats it
  const short = [...new Set(classes.split(/\s+/))].filter((c) => c.length > 0 && c.length <= 3).length;
  return short >= ATOMIC_SHORT_CLASSES ? '' : classes;
}

function verdictOf(element: Element): NameVerdict | undefined {
  const classes = classAttributeOf(element) ?? '';
  const id = element.getAttribute('id') ?? '';
  if (!classes && !id) return undefined;
  const key = `${classes}\n${id}`;
  let verdict = verdicts.get(key);
  if (!verdict) {
    if (verdicts.size >= REMEMBERED) verdicts.clear();
    verdicts.set(key, (verdict = readNames(classes, id)));
  }
  return verdict;
}

function readNames(classes: string, id: string): NameVerdict {
  const names = `${meaningfulClass(classes)} ${id}`;
  // class (unless atomic) and id split into lower-case words, camelCase split too; lower-cased whole for infixes
  const tokens = names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_\-]+/)
    .filter(Boolean);
  const joined = names.toLowerCase();
  return {
    article: namesForumPost(classes, id) || tokens.some((t) => ARTICLE_TOKENS.has(t)) || ARTICLE_INFIXES.some((w) => joined.includes(w)),
    chrome: tokens.some((t) => CHROME_TOKENS.has(t)) || CHROME_INFIXES.some((w) => joined.includes(w)),
    weak: tokens.some((t) => WEAK_NEGATIVE_TOKENS.has(t)),
  };
}

/** Discuz posts: the first `td.t_f#postmessage_N` is the thread's own text. */
export function isForumPost(element: Element): boolean {
  return namesForumPost(classAttributeOf(element) ?? '', element.getAttribute('id') ?? '');
}

function namesForumPost(classes: string, id: string): boolean {
  return id.startsWith('postmessage_') || /(^|\s)t_f(\s|$)/.test(classes);
}

export function hasArticleName(element: Element): boolean {
  return verdictOf(element)?.article === true;
}

export function hasChromeName(element: Element): boolean {
  return verdictOf(element)?.chrome === true;
}

/** Multiplier for a container candidate's score from its class and id. */
export function nameFactor(element: Element): number {
  const verdict = verdictOf(element);
  if (!verdict) return 1;
  if (verdict.chrome) return verdict.article ? 0.5 : 0.2;
  if (verdict.article) return 1.5;
  return verdict.weak ? 0.7 : 1;
}
