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

/** What an element's class and id name, read once (class reads are not free in every DOM). */
interface Names {
  /** class (unless atomic) and id split into lower-case words, camelCase split too */
  tokens: string[];
  /** class (unless atomic) and id, lower-cased, for infix matches */
  joined: string;
  forumPost: boolean;
}

function meaningfulClass(classes: string): string {
  // each name once: a class list names a class once, however often the attribute repeats it
  const short = [...new Set(classes.split(/\s+/))].filter((c) => c.length > 0 && c.length <= 3).length;
  return short >= ATOMIC_SHORT_CLASSES ? '' : classes;
}

function namesOf(element: Element): Names | undefined {
  const classes = classAttributeOf(element) ?? '';
  const id = element.getAttribute('id') ?? '';
  if (!classes && !id) return undefined;
  const names = `${meaningfulClass(classes)} ${id}`;
  return {
    tokens: names
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[\s_\-]+/)
      .filter(Boolean),
    joined: names.toLowerCase(),
    forumPost: id.startsWith('postmessage_') || /(^|\s)t_f(\s|$)/.test(classes),
  };
}

const namesArticle = (n: Names): boolean =>
  n.forumPost || n.tokens.some((t) => ARTICLE_TOKENS.has(t)) || ARTICLE_INFIXES.some((w) => n.joined.includes(w));
const namesChrome = (n: Names): boolean =>
  n.tokens.some((t) => CHROME_TOKENS.has(t)) || CHROME_INFIXES.some((w) => n.joined.includes(w));

/** Discuz posts: the first `td.t_f#postmessage_N` is the thread's own text. */
export function isForumPost(element: Element): boolean {
  return (element.getAttribute('id') ?? '').startsWith('postmessage_') || /(^|\s)t_f(\s|$)/.test(classAttributeOf(element) ?? '');
}

export function hasArticleName(element: Element): boolean {
  const names = namesOf(element);
  return names !== undefined && namesArticle(names);
}

export function hasChromeName(element: Element): boolean {
  const names = namesOf(element);
  return names !== undefined && namesChrome(names);
}

/** Multiplier for a container candidate's score from its class and id. */
export function nameFactor(element: Element): number {
  const names = namesOf(element);
  if (!names) return 1;
  const chrome = namesChrome(names);
  const article = namesArticle(names);
  if (chrome) return article ? 0.5 : 0.2;
  if (article) return 1.5;
  return names.tokens.some((t) => WEAK_NEGATIVE_TOKENS.has(t)) ? 0.7 : 1;
}
