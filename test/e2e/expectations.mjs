// What a page should read like after Qinggao, derived from its gold.json alone (never from the
// extension's code): texts are compared with white space removed, because innerText and the
// clipboard lay out lines differently in each browser while the words must be identical.

/** White space and the zero-width characters the extension drops silently. */
export const squash = (text) => String(text).replace(/[\s\u200B-\u200F\u2060\uFEFF\u00AD]+/gu, '');

/** The zero-width characters sites sprinkle into text to fingerprint copies. */
const ZERO_WIDTH = /[\u200B-\u200F\u2060\uFEFF\u00AD]/gu;

/** Where zero-width characters are left in `text`, for a failure message ('' when none). */
export function zeroWidthLeft(text) {
  const found = [...String(text).matchAll(ZERO_WIDTH)];
  if (!found.length) return '';
  const first = found[0].index;
  const around = JSON.stringify(String(text).slice(Math.max(0, first - 20), first + 20));
  return `${found.length} zero-width characters left (U+${found[0][0].codePointAt(0).toString(16).toUpperCase().padStart(4, '0')} first, in …${around}…)`;
}

/** Gold noise strings still present in `text`. */
export function survivingNoise(text, noise) {
  const flat = squash(text);
  return noise.filter((item) => {
    const needle = squash(item);
    // a noise item that is only white space / zero-width cannot be searched for after squashing
    return needle !== '' && flat.includes(needle);
  });
}

/** Gold paragraphs missing from `text`. */
export function missingParagraphs(text, paragraphs) {
  const flat = squash(text);
  return paragraphs.filter((paragraph) => !flat.includes(squash(paragraph)));
}

/** Text sites append to copies, or put in place of them ("copy requires VIP"). */
export const COPY_TAIL_PATTERNS = [
  /著作权归作者所有/,
  /原文链接/,
  /转载请注明/,
  /本文来[自源]/,
  /复制.{0,12}(会员|登录|赞助)/,
  /(禁止|请勿)复制/,
  /https?:\/\//,
];

/**
 * The outline as the popup's "copy outline" should put it on the clipboard: one line per item,
 * two spaces per level below the first, marker then text, items deeper than `maxDepth` left out.
 * Optional gold items are left out here and from the copied text before comparing.
 */
export function expectedOutlineText(outline, { indent = '  ', maxDepth = 4 } = {}) {
  return outline
    .filter((item) => !item.optional && item.level <= maxDepth)
    .map((item) => indent.repeat(item.level - 1) + item.marker + item.text)
    .join('\n');
}

/** Copied outline lines minus those that match an optional gold item (counted neither way). */
export function withoutOptionalLines(text, outline) {
  const optional = new Set(outline.filter((item) => item.optional).map((item) => squash(item.marker + item.text)));
  return text
    .split(/\r?\n/)
    .filter((line) => !optional.has(squash(line)))
    .join('\n');
}

/** Compares the popup's tree rows with the gold outline; returns a description of the first difference. */
export function outlineDifference(rows, outline, maxDepth = 4) {
  const optional = new Set(outline.filter((item) => item.optional).map((item) => `${item.level}|${item.marker}|${item.text}`));
  const expected = outline.filter((item) => !item.optional && item.level <= maxDepth);
  const shown = rows.filter((row) => !optional.has(`${row.level}|${row.marker}|${row.text}`));
  const describe = (item) => (item ? `L${item.level} ${item.marker}${item.text}` : '(nothing)');
  for (let i = 0; i < Math.max(expected.length, shown.length); i++) {
    const want = expected[i];
    const got = shown[i];
    if (!want || !got || want.level !== got.level || want.marker !== got.marker || squash(want.text) !== squash(got.text)) {
      return `item ${i + 1}: expected ${describe(want)}, popup shows ${describe(got)} (${shown.length} shown, ${expected.length} expected)`;
    }
  }
  return undefined;
}

/** First place where two texts differ, with a little context, for a failure message. */
export function firstDifference(expected, actual) {
  if (expected === actual) return undefined;
  let i = 0;
  while (i < expected.length && i < actual.length && expected[i] === actual[i]) i++;
  const around = (text) => JSON.stringify(text.slice(Math.max(0, i - 30), i + 50));
  return `differs at character ${i} of ${expected.length}/${actual.length}: expected …${around(expected)}…, got …${around(actual)}…`;
}

/** Which gold noise strings are still in the page's text, and whether inside or outside the article. */
export function noiseDetail(after, noise) {
  const left = survivingNoise(after.text, noise);
  if (!left.length) return undefined;
  const inArticle = new Set(survivingNoise(after.articleText, noise));
  return `${left.length}/${noise.length} noise strings left: ${left
    .map((item) => `${JSON.stringify(item)}${inArticle.has(item) ? ' (inside the article)' : ' (outside the article)'}`)
    .join('; ')}`;
}

/**
 * The checks on a page's text after the automatic run, the same in both browsers: a speech has
 * lost its gold noise (in the article and anywhere on the page), a non-speech reads as before,
 * and every gold paragraph is still there.
 */
export async function checkTextAfterAutoRun(report, suite, name, gold, before, after, assert) {
  if (gold.isSpeech) {
    await report.check(suite, name('gold noise gone from the article'), () => {
      const left = survivingNoise(after.articleText, gold.noise);
      assert(after.articleText !== '', 'no cleaned article ([data-qinggao-unlocked]) in the page');
      assert(left.length === 0, () => `left inside the article: ${left.map((n) => JSON.stringify(n)).join('; ')}`);
    });
    await report.check(suite, name('gold noise gone from the page (body.innerText)'), () => {
      const detail = noiseDetail(after, gold.noise);
      assert(!detail, detail);
    });
    await report.check(suite, name('no zero-width character in body.innerText'), () => {
      const left = zeroWidthLeft(after.text);
      assert(!left, left);
    });
  } else {
    await report.check(suite, name('not a speech: page text unchanged'), () => {
      const difference = firstDifference(before.text, after.text);
      assert(!difference, `innerText changed: ${difference}`);
    });
  }
  await report.check(suite, name('every gold paragraph kept, visible (body.innerText)'), () => {
    const missing = missingParagraphs(after.text, gold.paragraphs);
    assert(missing.length === 0, () => `${missing.length} missing, first: ${JSON.stringify(missing[0])}`);
  });
}

/**
 * What Ctrl+C on the cleaned article must put on the clipboard, in either browser: no copy tail
 * the page's handler would add, no gold noise, and the expected text (white space ignored; the
 * alt text of images in the selection is the browser's doing, not the page's or Qinggao's).
 */
export function checkCopiedText(copied, expected, gold, imageTexts, assert) {
  const tails = COPY_TAIL_PATTERNS.filter((pattern) => pattern.test(copied) && !pattern.test(expected));
  assert(tails.length === 0, `copy tail in the clipboard: ${tails.join(', ')}`);
  const noise = survivingNoise(copied, gold.noise);
  assert(noise.length === 0, `noise in the clipboard: ${noise.map((n) => JSON.stringify(n)).join('; ')}`);
  const copiedText = imageTexts.reduce((text, alt) => text.replace(alt, ''), copied);
  const difference = firstDifference(squash(expected), squash(copiedText));
  assert(!difference, `copied text (white space ignored, image alt text left out) ${difference}`);
}
