// 合并全部 N 页: fetches the article's other pages one at a time (same origin, addresses from the
// article's own pager only, at most 20 pages in all), and puts each page's body in place — the
// pages before the one shown before its text, the pages after it after its text, before the
// pager — through the journal, so undo takes every added node out again and the page is
// exactly as it was. Pages are fetched in order and the merge stops at the first page it
// cannot use: a gap would splice the speech wrongly.
// When the pager offers the article's one-page full text (全文阅读), that one page is fetched
// instead and its body takes the place of the shown page's body (merge-plan.ts says when it
// is not used).
import { findArticlePager, MAX_MERGED_PAGES, type ArticlePage, type MergePlan } from '../../core/pagination/index';
import { decodeFetchedPage, readFetchedPage, type FetchedArticlePage, type PageRefusal } from '../../dom/pagination/index';
import type { DomJournal } from '../dom-journal';
import { PageFetchError, type FetchPage } from './page-fetch';

export const PAGE_ATTRIBUTE = 'data-qinggao-page';

export interface MergeProgress {
  /** the page being fetched now */
  page: number;
  /** the pages known so far (it may grow: a later page's pager can show more) */
  total: number;
}

export type MergeStop =
  | { kind: 'refused'; page: number; reason: PageRefusal | PageFetchError['reason'] }
  | { kind: 'cancelled'; page: number };

export interface FetchedPages {
  /** the bodies of the other pages (before and after the shown one), in page order, not yet in the document */
  bodies: { page: number; body: DocumentFragment }[];
  /** the title as later pages repeated it, taken out of their bodies (duplicate titles) */
  repeatedTitles: string[];
  /** why it ended before the last page, if it did */
  stopped?: MergeStop;
}

export interface CollectOptions {
  /** the live page's document (the bodies are made for it) */
  doc: Document;
  /** the shown page's address (the tab's) */
  pageUrl: string;
  plan: MergePlan;
  /** the article's title on the shown page (another page's repeat of it is taken out) */
  title: string;
  fetchPage: FetchPage;
  parseHtml: (html: string) => Document;
  signal: AbortSignal;
  onProgress?: (progress: MergeProgress) => void;
}

/**
 * Where page 2 goes: before the pager when the pager sits in the article (the block holding it
 * that comes after the first page's text), else at the article's end.
 */
export function insertionPointOf(container: Element, pagerLinks: readonly Element[]): { parent: Element; before: Node | null } {
  const link = pagerLinks.find((element) => container.contains(element));
  if (!link) return { parent: container, before: null };
  let block: Element = link;
  while (block.parentElement && block.parentElement !== container) {
    const parent: Element = block.parentElement;
    if (isBlock(parent) && hasTextBefore(parent)) return { parent: parent.parentElement!, before: parent };
    block = parent;
  }
  return { parent: container, before: block };
}

// a pager's own pieces: the block that holds the whole pager is above them
const INLINE = new Set(['A', 'SPAN', 'B', 'STRONG', 'EM', 'I', 'FONT', 'LI', 'U', 'SMALL', 'LABEL']);
const isBlock = (element: Element): boolean => !INLINE.has(element.tagName);

function hasTextBefore(element: Element): boolean {
  for (let node = element.previousSibling; node; node = node.previousSibling) {
    if ((node.textContent ?? '').trim()) return true;
  }
  return false;
}

type FetchedPage = { ok: true; page: Extract<FetchedArticlePage, { ok: true }>; parsed: Document } | { ok: false; stop: MergeStop };

/** Fetches, decodes and reads one page of the article (the document is not touched). */
async function fetchOnePage(options: CollectOptions, url: string, page: number): Promise<FetchedPage> {
  const { doc, title, fetchPage, parseHtml, signal } = options;
  const cancelled: FetchedPage = { ok: false, stop: { kind: 'cancelled', page } };
  if (signal.aborted) return cancelled;
  let html: string;
  let finalUrl: string;
  try {
    const fetched = await fetchPage(url, signal);
    html = decodeFetchedPage(fetched.bytes, fetched.contentType);
    finalUrl = fetched.url;
  } catch (error) {
    if (signal.aborted) return cancelled;
    const reason = error instanceof PageFetchError ? error.reason : 'network';
    return { ok: false, stop: { kind: 'refused', page, reason } };
  }
  if (signal.aborted) return cancelled;
  const parsed = parseHtml(html);
  const read = readFetchedPage(parsed, finalUrl, doc, [title]);
  if (!read.ok) return { ok: false, stop: { kind: 'refused', page, reason: read.reason } };
  return { ok: true, page: read, parsed };
}

/**
 * Fetches the pages before the current one, then those after it, one at a time, each address
 * from a pager of the article (the shown page's, or a fetched page's, read as the shown page's);
 * the document is not touched, so a cancel leaves nothing to undo. A page before the current
 * one that cannot be read ends the merge with nothing: without its opening pages the speech
 * would be spliced wrongly.
 */
export async function fetchArticlePages(options: CollectOptions): Promise<FetchedPages> {
  const { pageUrl, plan, onProgress } = options;
  const known = new Map<number, string>();
  const learn = (pages: readonly ArticlePage[]): void => {
    for (const { page, url } of pages) if (page > plan.current && !known.has(page)) known.set(page, url);
  };
  learn(plan.after);
  let total = Math.max(plan.total, plan.current, ...known.keys());
  const bodies: FetchedPages['bodies'] = [];
  const repeatedTitles: string[] = [];
  // at most MAX_MERGED_PAGES in all, the shown page and those before it included
  const last = MAX_MERGED_PAGES;
  const shown = (): number => Math.min(total, last);

  const read = async (page: number, url: string): Promise<FetchedPage> => {
    onProgress?.({ page, total: shown() });
    const fetched = await fetchOnePage(options, url, page);
    if (!fetched.ok) return fetched;
    repeatedTitles.push(...fetched.page.repeatedTitles);
    const more = findArticlePager(pageUrl, fetched.page.links);
    if (more) {
      learn(more.pages);
      total = Math.max(total, more.total, ...known.keys());
    }
    bodies.push({ page, body: fetched.page.body });
    return fetched;
  };

  for (const { page, url } of plan.before) {
    const fetched = await read(page, url);
    if (!fetched.ok) return { bodies: [], repeatedTitles: [], stopped: fetched.stop };
  }
  for (let next = plan.current + 1; next <= shown(); next++) {
    const url = known.get(next);
    if (url === undefined) break; // no pager shows this page's address: the merge ends here
    const fetched = await read(next, url);
    if (!fetched.ok) return { bodies, repeatedTitles, stopped: fetched.stop };
  }
  return { bodies, repeatedTitles };
}

export type FetchedWholeText =
  | { ok: true; body: DocumentFragment; repeatedTitles: string[] }
  | { ok: false; stop: MergeStop | { kind: 'too-short'; page: number } };

/**
 * Fetches the article's one-page full text; `suffices` judges the parsed page (merge-plan.ts:
 * a speech with more text than the shown page). Page 0 in a stop stands for the full text.
 */
export async function fetchWholeText(
  options: Omit<CollectOptions, 'onProgress'>,
  url: string,
  suffices: (parsed: Document) => boolean,
): Promise<FetchedWholeText> {
  const fetched = await fetchOnePage(options, url, 0);
  if (!fetched.ok) return fetched;
  if (!suffices(fetched.parsed)) return { ok: false, stop: { kind: 'too-short', page: 0 } };
  return { ok: true, body: fetched.page.body, repeatedTitles: fetched.page.repeatedTitles };
}

const squash = (text: string): string => text.replace(/\s+/g, '');
/** the notice's host and anything else of ours (data-qinggao, data-qinggao-page) */
const isOurs = (node: Node): boolean => node.nodeType === 1 && (node as Element).getAttributeNames().some((name) => name.startsWith('data-qinggao'));

/** The element of `container` that shows the article's title, if the title is inside it. */
function titleElementIn(container: Element, title: string): Element | undefined {
  const wanted = squash(title);
  if (wanted.length < 4) return undefined;
  for (const element of Array.from(container.querySelectorAll('h1,h2,h3,h4,h5,h6,p,div,center,strong,b,font,span,td'))) {
    const text = squash(element.textContent ?? '');
    if (text.startsWith(wanted) && text.length <= wanted.length + 8) return element;
  }
  return undefined;
}

/**
 * Where the pages before the shown one go: right after the title when the article's box holds
 * it, else at the box's start.
 */
export function articleStartOf(container: Element, title: string): { parent: Node; before: Node | null } {
  const heading = titleElementIn(container, title);
  if (heading?.parentNode) return { parent: heading.parentNode, before: heading.nextSibling };
  return { parent: container, before: container.firstChild };
}

function pageBox(doc: Document, page: number | 'all', body: DocumentFragment): HTMLElement {
  const box = doc.createElement('div');
  box.setAttribute(PAGE_ATTRIBUTE, String(page));
  box.append(body);
  return box;
}

/**
 * Puts the fetched bodies in place, each in its own marked box, through the journal: the pages
 * before the shown one before its text (after the title), the pages after it after its text.
 */
export function appendArticlePages(
  container: Element,
  pagerLinks: readonly Element[],
  bodies: FetchedPages['bodies'],
  journal: DomJournal,
  where: { current: number; title: string } = { current: 1, title: '' },
): void {
  const doc = container.ownerDocument;
  // both places are found before anything moves
  const start = articleStartOf(container, where.title);
  const { parent, before } = insertionPointOf(container, pagerLinks);
  for (const { page, body } of bodies) {
    const box = pageBox(doc, page, body);
    if (page < where.current) journal.insert(box, start.parent, start.before);
    else journal.insert(box, parent, before);
  }
}

/**
 * Puts the full text's body in place of the shown page's body: every node of the article's box
 * before the pager (`pagerLinks`: the links to other pages; without them, every node of the box)
 * goes — the title's element and our own nodes stay, the full text's repeat of the title was
 * taken out — and the full text takes their place, through the journal.
 */
export function replaceArticleBody(container: Element, pagerLinks: readonly Element[], body: DocumentFragment, journal: DomJournal, title: string): void {
  const { parent, before } = insertionPointOf(container, pagerLinks);
  const heading = titleElementIn(container, title);
  const shown: Node[] = [];
  // the nodes before the pager, at every level from its block up to the article's box
  let level: Node | null = before ?? null;
  let levelParent: Node = parent;
  for (;;) {
    const siblings: Node[] = [];
    for (let node = level ? level.previousSibling : levelParent.lastChild; node; node = node.previousSibling) siblings.unshift(node);
    shown.unshift(...siblings);
    if (levelParent === container || !levelParent.parentNode) break;
    level = levelParent;
    levelParent = levelParent.parentNode;
  }
  // in document order, so that undo (newest first) puts each node back before its old neighbour
  const take = (node: Node): void => {
    if (node === heading || isOurs(node)) return;
    if (heading && node.contains(heading)) for (const child of Array.from(node.childNodes)) take(child);
    else journal.remove(node);
  };
  for (const node of shown) take(node);
  journal.insert(pageBox(container.ownerDocument, 'all', body), parent, before);
}
