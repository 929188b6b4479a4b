// The static hidden check reads a page's style rules filed by key and parsed only for the keys
// its elements ask for, matches selectors in linear time, and reads each element top-down from
// its parent's state along one path (no per-element maps). It must give the answer the check
// it replaced gave (test/dom/reference: every rule parsed up front, a backtracking selector
// matcher, colours and backgrounds found by walking ancestors) for every element of every saved
// page and every corpus page — asked in document order, as the block walk asks, in reverse
// order, in a scrambled order (every question a jump: the path is rebuilt each time), and in
// document order with a reading running ahead (questions stepping back beside the path).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes } from '../../src/dom/decode';
import { createStaticIsHidden } from '../../src/dom/hidden-static';
import { parse } from './html';
import { createReferenceIsHidden } from './reference/hidden-static-before';

const PAGES = resolve(__dirname, '../pages');
const CORPUS = resolve(__dirname, '../../../shared/corpus/web-pages');

const pageFiles = (dir: string, name: string): [string, string][] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((slug) => existsSync(join(dir, slug, name)))
        .sort()
        .map((slug) => [slug, join(dir, slug, name)])
    : [];

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Elements whose answers differ, as "tag#index": empty when the two checks agree everywhere. */
function disagreements(file: string): { checked: number; differing: string[] } {
  const doc = parse(decodeHtmlBytes(readFileSync(file)));
  const all = Array.from(doc.querySelectorAll('*'));
  const reference = createReferenceIsHidden(doc);
  const expected = all.map((e) => reference(e));
  const differing: string[] = [];
  const inOrder = createStaticIsHidden(doc);
  all.forEach((e, i) => {
    if (inOrder(e) !== expected[i]) differing.push(`${e.localName}#${i} (document order)`);
  });
  const reversed = createStaticIsHidden(doc);
  for (let i = all.length - 1; i >= 0; i--) if (reversed(all[i]!) !== expected[i]) differing.push(`${all[i]!.localName}#${i} (reverse order)`);
  // a fixed scramble: stride through the elements by a step prime to their count
  const scrambled = createStaticIsHidden(doc);
  let step = Math.max(1, Math.floor(all.length * 0.618));
  while (gcd(step, all.length) !== 1) step++;
  for (let n = 0, i = 0; n < all.length; n++, i = (i + step) % all.length) {
    if (scrambled(all[i]!) !== expected[i]) differing.push(`${all[i]!.localName}#${i} (scrambled order)`);
  }
  // document order with a reading running a few elements ahead (the chrome check reads a block's
  // start on into the next blocks before the walk asks about them): questions step back to
  // elements the path went past, and into them
  for (const ahead of [2, 5]) {
    const readingAhead = createStaticIsHidden(doc);
    for (let i = 0; i < all.length; i++) {
      const j = i + ahead;
      if (j < all.length && readingAhead(all[j]!) !== expected[j]) differing.push(`${all[j]!.localName}#${j} (${ahead} ahead)`);
      if (readingAhead(all[i]!) !== expected[i]) differing.push(`${all[i]!.localName}#${i} (after ${ahead} ahead)`);
    }
  }
  return { checked: all.length, differing };
}

describe('the static hidden check answers as it did before its style rules were read on demand', () => {
  const pages = pageFiles(PAGES, 'page.html');
  it('has saved pages to compare on', () => {
    expect(pages.length).toBeGreaterThan(40);
  });
  it.each(pages)('test/pages/%s', (_, file) => {
    const { checked, differing } = disagreements(file);
    expect(checked).toBeGreaterThan(10);
    expect(differing).toEqual([]);
  });

  const corpus = pageFiles(CORPUS, 'source.html');
  it.skipIf(corpus.length === 0).each(corpus)('corpus web-pages/%s', (_, file) => {
    const { checked, differing } = disagreements(file);
    expect(checked).toBeGreaterThan(0);
    expect(differing).toEqual([]);
  });
});
