// Do no harm on 130 real pages that are not speeches (../shared/corpus/web-pages: the
// source.html files of Mozilla Readability's test corpus): the HTML pipeline the CLI runs
// (linkedom → analyzeDocument with the static hidden check) must not throw, must not call
// any of them a speech, and must not remove article text.
//
// "Article text" is what Readability (@mozilla/readability, on a separate parse of the same
// page) returns as the article's textContent. Every removed item at least 4 characters long
// must not occur in that text; both sides are compared with all whitespace removed, since the
// core and Readability space text differently. This covers what the core removes and the
// site chrome the DOM shell sets aside. Hidden text is left out of the comparison: Readability
// keeps visually hidden text (screen-reader labels such as "Credit", "Opens a new window")
// that no reader sees, and a hidden copy of a visible sentence would match its visible twin.
// Readability runs only on pages where something was removed, which keeps the test fast.
import { Readability } from '@mozilla/readability';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../src/cli/parse-html';
import { analyzeDocument } from '../src/dom/analyze-document';
import { decodeHtmlBytes } from '../src/dom/decode';
import { createStaticIsHidden } from '../src/dom/hidden-static';

const corpus = resolve(__dirname, '../../shared/corpus/web-pages');
const present = existsSync(corpus);
const slugs = present ? readdirSync(corpus).filter((slug) => existsSync(join(corpus, slug, 'source.html'))).sort() : [];
if (!present) console.warn(`corpus test skipped: ${corpus} is absent (it lives in the shared folder beside the repository)`);

// In CI the shared folder is always checked out beside the repository: its absence is a failure.
it.runIf(process.env.CI === 'true')('has the shared corpus in CI', () => {
  expect(present, `${corpus} is missing`).toBe(true);
});

/** Not compared: what a reader never sees (see above). */
const UNSEEN = 'hidden';
const MIN_LENGTH = 4;
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe.skipIf(!present)('corpus: 130 non-speech pages', () => {
  it('has all 130 pages', () => {
    expect(slugs).toHaveLength(130);
  });

  it.each(slugs)('%s: analyzed without throwing, not a speech, no article text removed', (slug) => {
    const html = decodeHtmlBytes(readFileSync(join(corpus, slug, 'source.html')));
    const doc = parseHtmlDocument(html);
    const { analysis } = analyzeDocument(doc, { isHidden: createStaticIsHidden(doc) }).result;
    expect(analysis.isSpeech).toBe(false);

    const judged = analysis.removed.filter((r) => r.reason !== UNSEEN && squeeze(r.text).length >= MIN_LENGTH);
    if (judged.length === 0) return;
    const article = squeeze(new Readability(parseHtmlDocument(html)).parse()?.textContent ?? '');
    const harmed = judged.filter((r) => article.includes(squeeze(r.text)));
    expect(harmed).toEqual([]);
  });
});
