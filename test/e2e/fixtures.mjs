// What the browser tests serve: the saved template pages with their gold (test/pages/<slug>/)
// and the largest non-speech pages of the shared Readability corpus, each under the host it
// would have on the web, so the content script sees the same URL a reader's browser would.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_ROOT = resolve(REPO_ROOT, '../shared');
export const CORPUS_DIR = join(SHARED_ROOT, 'corpus/web-pages');

/** The host a template page is re-served under when it should NOT count as a template site. */
export const NON_TEMPLATE_HOST = 'www.example-news.test';

/**
 * @typedef {{ level: number, marker: string, text: string, optional?: boolean }} GoldOutlineItem
 * @typedef {{ host: string, isSpeech: boolean, title: string, noise: string[], paragraphs: string[], outline: GoldOutlineItem[] }} Gold
 * @typedef {{ slug: string, host: string, path: string, url: string, file: string, gold: Gold }} TemplatePage
 * @typedef {{ slug: string, host: string, path: string, url: string, file: string, bytes: number }} CorpusPage
 */

/** @returns {TemplatePage[]} every saved page with its gold, in slug order */
export function templatePages(root = REPO_ROOT) {
  const dir = join(root, 'test/pages');
  return readdirSync(dir)
    .filter((slug) => existsSync(join(dir, slug, 'gold.json')) && existsSync(join(dir, slug, 'page.html')))
    .sort()
    .map((slug) => {
      /** @type {Gold} */
      const gold = JSON.parse(readFileSync(join(dir, slug, 'gold.json'), 'utf8'));
      const path = `/${slug}.html`;
      return { slug, host: gold.host, path, url: `http://${gold.host}${path}`, file: join(dir, slug, 'page.html'), gold };
    });
}

/** @returns {CorpusPage[]} the `count` largest corpus pages, largest first, each on its own host */
export function largestCorpusPages(count = 5, corpusDir = CORPUS_DIR) {
  if (!existsSync(corpusDir)) return [];
  return readdirSync(corpusDir)
    .map((slug) => ({ slug, file: join(corpusDir, slug, 'source.html') }))
    .filter(({ file }) => existsSync(file))
    .map((page) => ({ ...page, bytes: statSync(page.file).size }))
    .sort((a, b) => b.bytes - a.bytes || a.slug.localeCompare(b.slug))
    .slice(0, count)
    .map((page) => {
      const host = `corpus-${page.slug}.test`;
      return { ...page, host, path: '/', url: `http://${host}/` };
    });
}

/** A template page re-served on a host outside the site list (the toolbar-button case). */
export function onNonTemplateHost(page) {
  const path = `/${page.slug}.html`;
  return { ...page, host: NON_TEMPLATE_HOST, path, url: `http://${NON_TEMPLATE_HOST}${path}` };
}
