// A cheap look before the full analysis at page load: a Chinese speech page shows Chinese in
// its title, its main heading or the first lines of its body. A page that shows none (an English
// news page served on a template host) is not read at all — the full analysis of a 1.6 MB page
// costs tens of milliseconds of the reader's main thread. A click still analyzes any page.
//
// The title decides alone when it can: Chinese, or plainly another language (a run of Latin
// letters with no ideograph). Only a title that says neither ("", "Untitled Document",
// "首页" is Chinese already) has the heading and the first lines read: each DOM call costs on the
// first stage's critical path, and the first text nodes' parents are elements of many kinds,
// each kind a binding the content script's world must first set up (~1 ms on yahoo-2).

const SAMPLE_CHARS = 400;
/** Latin letters a title needs, with no ideograph, to count as another language's. */
const FOREIGN_TITLE_LETTERS = 20;

export function mayHoldChineseSpeech(doc: Document): boolean {
  const title = doc.title;
  if (looksChinese(title)) return true;
  if (looksForeign(title)) return false;
  const heading = doc.querySelector('h1')?.textContent ?? '';
  return looksChinese(`${title} ${heading}`) || looksChinese(firstText(doc, SAMPLE_CHARS));
}

// Counting loops, not regexes: on the first stage's path every regex is compiled before its
// first match, in a content-script world where nothing has run yet.
const isIdeograph = (c: number) => c >= 0x4e00 && c <= 0x9fff;
const isKana = (c: number) => c >= 0x3040 && c <= 0x30ff;
const isLatinLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);

/** Four ideographs or more and no kana (a Japanese page is no Chinese speech). */
function looksChinese(text: string): boolean {
  let ideographs = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isKana(c)) return false;
    if (isIdeograph(c)) ideographs++;
  }
  return ideographs >= 4;
}

/** A Latin-script title long enough to be words, not a placeholder, and no ideograph in it. */
function looksForeign(title: string): boolean {
  let letters = 0;
  for (let i = 0; i < title.length; i++) {
    const c = title.charCodeAt(i);
    if (isIdeograph(c)) return false;
    if (isLatinLetter(c)) letters++;
  }
  return letters >= FOREIGN_TITLE_LETTERS;
}

/** The first characters of the body's text, skipping scripts and styles, without reading it all. */
function firstText(doc: Document, limit: number): string {
  if (!doc.body) return '';
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < limit; node = walker.nextNode()) {
    // most text nodes before the first words are the white space between tags: they add
    // nothing, so what holds them is not asked (each DOM call costs on a 1.6 MB page)
    const data = (node as Text).data.trim();
    if (!data) continue;
    const parent = node.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT') continue;
    text += data;
  }
  return text;
}
