// A cheap look before the full analysis at page load: a Chinese speech page shows Chinese in
// its title, its main heading or the first lines of its body. A page that shows none (an English
// news page served on a template host) is not read at all — the full analysis of a 1.6 MB page
// costs tens of milliseconds of the reader's main thread. A click still analyzes any page.

const IDEOGRAPHS = /[\u4e00-\u9fff]/g;
const KANA = /[\u3040-\u30ff]/;
const SAMPLE_CHARS = 400;

export function mayHoldChineseSpeech(doc: Document): boolean {
  const heading = doc.querySelector('h1')?.textContent ?? '';
  return looksChinese(`${doc.title} ${heading}`) || looksChinese(firstText(doc, SAMPLE_CHARS));
}

function looksChinese(text: string): boolean {
  return (text.match(IDEOGRAPHS)?.length ?? 0) >= 4 && !KANA.test(text);
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
