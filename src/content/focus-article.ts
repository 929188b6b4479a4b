// Site chrome around the article — the header with the site's name, the breadcrumb, the meta
// line under the title, 上一篇/下一篇, the VIP box, sidebars of 相关范文, comments, the ICP
// footer — is hidden while the page is cleaned: from the article and its title up to <body>,
// every branch that holds neither is set to display:none. Nothing is deleted; undo shows it all
// again. The page's scripts, styles and our own notice (on <html>, not <body>) are untouched.
// What was hidden is named in the 已移除 list with its text (hiddenSurroundings).
import type { Removed } from '../core/types';
import { linesOf } from '../dom/text-content';
import type { DomJournal } from './dom-journal';
import { appendStyle } from './style-attribute';

const HIDE = 'display: none !important;';
const NOT_CONTENT = new Set(['script', 'style', 'link', 'meta', 'template', 'noscript', 'base']);

/** Hides what surrounds the article; returns the elements it hid, for the 已移除 list. */
export function focusArticle(container: Element, title: Element | null, journal: DomJournal, titleText = ''): Element[] {
  const body = container.ownerDocument.body;
  if (!body || container === body || !body.contains(container)) return [];
  // A title inside the article needs no path of its own (walking from it would hide the
  // article's other paragraphs).
  const kept = title && body.contains(title) && !container.contains(title) ? [container, title] : [container];
  const onPath = (element: Element) => kept.some((k) => element === k || element.contains(k));

  const hidden = title && kept.includes(title) && titleText ? hideBesideTitle(title, titleText, journal) : [];
  const done = new Set<Element>();
  for (const start of kept) {
    for (let element: Element = start; element !== body; element = element.parentElement!) {
      const parent = element.parentElement;
      if (!parent || done.has(parent)) continue;
      done.add(parent);
      for (const sibling of Array.from(parent.children)) {
        if (onPath(sibling) || NOT_CONTENT.has(sibling.tagName.toLowerCase())) continue;
        appendStyle(sibling, HIDE, journal);
        hidden.push(sibling);
      }
    }
  }
  return hidden;
}

/** The element that shows the speech's title: a heading whose text is the title (the page's
 * <h1> above the article), else the block the core called the title. */
export function findTitleElement(doc: Document, title: string, titleBlock: Element | undefined): Element | null {
  const key = title.replace(/\s+/g, '');
  if (key) {
    for (const heading of Array.from(doc.querySelectorAll('h1, h2, h3'))) {
      const text = squeezed(heading);
      if (text.includes(key) && text.length <= key.length * 2 + 40) return heading;
    }
    // no heading: the element that holds exactly the title ("<font size=5><b>…</b></font>")
    for (const element of Array.from(doc.body?.querySelectorAll('*') ?? [])) {
      if (element.children.length <= 2 && squeezed(element) === key) return element;
    }
  }
  return titleBlock ?? null;
}

const squeezed = (element: Element): string => (element.textContent ?? '').replace(/\s+/g, '');

/** Inside the title's heading, what is not the title: "<h1>…<br><span>2024-03-18 来源：…</span></h1>". */
export function hideBesideTitle(heading: Element, title: string, journal: DomJournal): Element[] {
  const key = title.replace(/\s+/g, '');
  const hidden: Element[] = [];
  for (const child of Array.from(heading.children)) {
    const text = squeezed(child);
    if (text && !key.includes(text)) {
      appendStyle(child, HIDE, journal);
      hidden.push(child);
    }
  }
  return hidden;
}

/**
 * What focusing hid, as the 已移除 list names it: each hidden element's text, in page order,
 * so a user can check that none of the speech went. Elements with no text (images, empty
 * boxes, ad frames) hold none of it and are not listed.
 */
export function hiddenSurroundings(elements: readonly Element[]): Removed[] {
  const ordered = [...elements].sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
  const removed: Removed[] = [];
  for (const element of ordered) {
    const text = linesOf(element);
    if (text) removed.push({ text, reason: 'site-chrome', rule: 'focus.around-article' });
  }
  return removed;
}

/** Node.DOCUMENT_POSITION_FOLLOWING (no Node global in every test DOM). */
const FOLLOWING = 4;
