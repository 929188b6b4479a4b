// One fetched page of the article, parsed (DOMParser in the page, no script runs): refused when
// it is a login page, else its body — found by the same DOM shell as the first page's — as a
// copy for the live page with everything active taken out, and its own pager's links (a page
// may show pages the first one's pager did not: "第1页 共5页 下一页").
import { findArticleContainer } from '../container';
import { pagerLinksOf } from './read-pager';
import type { PagerLink } from '../../core/pagination/index';

export type PageRefusal = 'login' | 'no-article';

export type FetchedArticlePage =
  /** `repeatedTitles`: the article's title repeated at the top of this page's text, taken out
   * of the copy (the analysis lists them as duplicate titles) */
  | { ok: true; body: DocumentFragment; links: PagerLink[]; repeatedTitles: string[] }
  | { ok: false; reason: PageRefusal };

// a login form, or an address that names one (a same-origin redirect to /member/login.php)
const LOGIN_ADDRESS = /(?:^|[/_.?=&-])(?:login|logon|signin|sign-in|passport|member\/index)(?:$|[/_.?=&-])/i;

export function isLoginPage(doc: Document, url: string): boolean {
  if (doc.querySelector('input[type="password" i]')) return true;
  try {
    const { pathname, search } = new URL(url);
    return LOGIN_ADDRESS.test(pathname + search);
  } catch {
    return true;
  }
}

// Nothing that runs, loads or submits crosses into the live page: the only requests a merge
// makes are the pages' HTML themselves.
const DROPPED_ELEMENTS =
  'script,noscript,template,iframe,frame,frameset,object,embed,applet,form,input,button,select,textarea,link,meta,base,img,picture,video,audio,source,track,svg,math,canvas,map,area,portal';

function makeInert(root: ParentNode): void {
  for (const element of Array.from(root.querySelectorAll(DROPPED_ELEMENTS))) element.remove();
  // a style sheet stays (the site's hidden junk is hidden by it) unless it would load something
  for (const style of Array.from(root.querySelectorAll('style'))) {
    if (/url\s*\(|@import/i.test(style.textContent ?? '')) style.remove();
  }
  for (const element of Array.from(root.querySelectorAll('*'))) {
    for (const name of element.getAttributeNames()) {
      const lower = name.toLowerCase();
      const value = element.getAttribute(name) ?? '';
      if (lower.startsWith('on') || lower === 'srcset' || lower === 'src' || lower === 'formaction' || lower === 'ping') element.removeAttribute(name);
      else if ((lower === 'href' || lower === 'xlink:href' || lower === 'action') && /^\s*(?:javascript|data|vbscript):/i.test(value)) element.removeAttribute(name);
      else if (lower === 'style' && /url\s*\(|expression\s*\(/i.test(value)) element.removeAttribute(name);
    }
  }
}

const squash = (text: string): string => text.replace(/\s+/g, '');
// what a site hangs on a later page's title: "（2）", "(第2页)", "_2"
const PAGE_DECORATION = /^(?:[（(【[]?\s{0,2}第?\s{0,2}\d{1,2}\s{0,2}[页頁]?\s{0,2}[)）】\]]?|[_-]\d{1,2})$/;
const TITLE_HOLDERS = 'h1,h2,h3,h4,h5,h6,p,div,center,strong,b,font,span,td';

/**
 * Takes the article's title out of a later page's text where the page repeats it: the DOM shell
 * would read a heading in the middle of the article as the title, and the text above it as the
 * site around the article.
 */
function takeOutRepeatedTitles(root: DocumentFragment, titles: readonly string[]): string[] {
  const wanted = titles.map(squash).filter((title) => title.length >= 4);
  const taken: string[] = [];
  if (wanted.length === 0) return taken;
  for (const element of Array.from(root.querySelectorAll(TITLE_HOLDERS))) {
    if (!root.contains(element)) continue; // inside one taken out already
    const text = squash(element.textContent ?? '');
    const title = wanted.find((t) => text.startsWith(t));
    if (title === undefined || !(text === title || PAGE_DECORATION.test(text.slice(title.length)))) continue;
    taken.push((element.textContent ?? '').trim());
    element.remove();
  }
  return taken;
}

/**
 * Reads a parsed page fetched from `url` for merging into `into` (the live page's document);
 * `titles` are the article's title as the first page showed it.
 */
export function readFetchedPage(doc: Document, url: string, into: Document, titles: readonly string[] = []): FetchedArticlePage {
  if (isLoginPage(doc, url)) return { ok: false, reason: 'login' };
  const container = findArticleContainer(doc);
  if (!container) return { ok: false, reason: 'no-article' };
  const { links } = pagerLinksOf(doc, url);
  const body = into.createDocumentFragment();
  for (const child of Array.from(container.childNodes)) body.append(into.importNode(child, true));
  makeInert(body);
  const repeatedTitles = takeOutRepeatedTitles(body, titles);
  return { ok: true, body, links, repeatedTitles };
}
