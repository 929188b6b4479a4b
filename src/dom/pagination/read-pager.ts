// The article's pager in a document: every link's address, text and the line it sits in, read
// from the DOM and handed to the pure finder (src/core/pagination). Reads only.
import { findArticlePager, type ArticlePager, type PagerLink } from '../../core/pagination/index';

/** A pager line is short; a longer block is an article or a list, read no further for a count. */
const MAX_LINE_CHARS = 200;
const INLINE_TAGS = new Set(['A', 'SPAN', 'B', 'STRONG', 'EM', 'I', 'FONT', 'LI', 'U', 'SMALL', 'LABEL']);

/** The text of the block a link sits in (its nearest non-inline ancestor), when short. */
function lineTextOf(link: Element): string | undefined {
  let block = link.parentElement;
  while (block && INLINE_TAGS.has(block.tagName)) block = block.parentElement;
  if (!block) return undefined;
  const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length <= MAX_LINE_CHARS ? text : undefined;
}

/** The links of `root` (a page's document or a fetched one), addresses resolved against `baseUrl`. */
export function pagerLinksOf(root: ParentNode, baseUrl: string): { links: PagerLink[]; elements: Element[] } {
  const links: PagerLink[] = [];
  const elements: Element[] = [];
  for (const anchor of Array.from(root.querySelectorAll('a[href]'))) {
    const text = (anchor.textContent ?? '').trim();
    // pager labels are short: skip the long titles of article lists before resolving anything
    if (text.length === 0 || text.length > 16) continue;
    let href: string;
    try {
      href = new URL(anchor.getAttribute('href') ?? '', baseUrl).href;
    } catch {
      continue;
    }
    const lineText = lineTextOf(anchor);
    links.push(lineText === undefined ? { href, text } : { href, text, lineText });
    elements.push(anchor);
  }
  return { links, elements };
}

export interface PagerInDocument extends ArticlePager {
  /** the pager's links in the document, the full-text link included */
  linkElements: Element[];
  /** the links to the article's other pages only: where the pager sits (a 全文阅读 link may sit
   * elsewhere, above the text), to place the next pages before the pager, not after it */
  pageLinkElements: Element[];
}

/** The article's own pager in `doc` at `pageUrl`, when it shows other pages. */
export function readArticlePager(doc: Document, pageUrl: string): PagerInDocument | undefined {
  const { links, elements } = pagerLinksOf(doc, pageUrl);
  const pager = findArticlePager(pageUrl, links);
  if (!pager) return undefined;
  const pageTargets = new Set(pager.pages.map((p) => p.url));
  const targets = new Set([...pageTargets, ...(pager.whole ? [pager.whole] : [])]);
  const linkElements = elements.filter((_, i) => targets.has(stripHash(links[i]!.href)));
  const pageLinkElements = elements.filter((_, i) => pageTargets.has(stripHash(links[i]!.href)));
  return { ...pager, linkElements, pageLinkElements };
}

function stripHash(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}
