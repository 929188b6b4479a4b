// Test helpers: a saved page (or a snippet) opened in its own happy-dom window, served under
// the page's host, with scripts off (a page's "script" is played by the test itself).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window as HappyWindow } from 'happy-dom';
import { decodeHtmlBytes } from '../../src/dom/decode';

export type PageWindow = globalThis.Window & typeof globalThis;

export function openPage(html: string, url = 'https://www.gongwenhui.com/a/1.html'): { window: PageWindow; document: Document } {
  const happy = new HappyWindow({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  const window = happy as unknown as PageWindow;
  window.document.write(html);
  return { window, document: window.document };
}

export interface GoldPage {
  slug: string;
  html: string;
  gold: { host: string; isSpeech: boolean; title: string; noise: string[]; paragraphs: string[] };
}

const PAGES_DIR = fileURLToPath(new URL('../pages/', import.meta.url));

export function savedPages(): GoldPage[] {
  return readdirSync(PAGES_DIR)
    .filter((slug) => !slug.startsWith('.') && !slug.startsWith('_') && statSync(join(PAGES_DIR, slug)).isDirectory())
    .sort()
    .map((slug) => ({
      slug,
      html: decodeHtmlBytes(readFileSync(join(PAGES_DIR, slug, 'page.html'))),
      gold: JSON.parse(readFileSync(join(PAGES_DIR, slug, 'gold.json'), 'utf8')) as GoldPage['gold'],
    }));
}

/** What a reader sees as text: scripts, styles and templates are code, not text. */
export function readableText(root: Node): string {
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) text += (node as Text).data;
    else if (node.nodeType === 1 && !/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test((node as Element).tagName)) node.childNodes.forEach(walk);
  };
  walk(root);
  return text;
}

/** Compared the way the scorer does: all white space and zero-width characters dropped. */
export const squeeze = (text: string): string => text.replace(/[\s\u200B-\u200F\u2060\uFEFF\u00AD]+/g, '');

/** The text a reader sees: no script or style, nothing inside a display:none element. */
export function visibleText(window: PageWindow, root: Element): string {
  return visibleTextNodes(window, root)
    .map((node) => node.data)
    .join('\n');
}

/** The text nodes a reader sees, in document order. */
export function visibleTextNodes(window: PageWindow, root: Element): Text[] {
  const nodes: Text[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) nodes.push(node as Text);
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (/^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(element.tagName) || window.getComputedStyle(element).display === 'none') return;
    for (const child of Array.from(element.childNodes)) walk(child);
  };
  walk(root);
  return nodes;
}
