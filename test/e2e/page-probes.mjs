// Functions that run inside a page through Playwright's or Puppeteer's evaluate. Each one is
// self-contained (no closures, no imports) and takes at most one plain argument, so both
// drivers can serialize it. They read the page and set the selection or focus, as a reader
// would; they never call into Qinggao.

/** `<html data-qinggao>`: "cleaned", "analyzed", or null when the extension has not acted. */
export function readStatus() {
  return document.documentElement.getAttribute('data-qinggao');
}

/** What the reader sees, and the serialized page (the notice lives outside <body>). */
export function readPage() {
  return {
    text: document.body ? document.body.innerText : '',
    html: document.documentElement.outerHTML,
    articleText: Array.from(document.querySelectorAll('[data-qinggao-unlocked]'), (e) => e.innerText).join('\n'),
  };
}

/**
 * Selects the article from the first character of `first` to the last character of `last`
 * (gold paragraphs), matching text with white space ignored across text nodes, the way a
 * reader drags over it. The search stays inside the cleaned article when there is one (a
 * summary above it may quote the opening words). Returns what the selection reads as, or
 * why it could not be made.
 */
export function selectBetween({ first, last }) {
  const IGNORED = /[\s\u200B-\u200F\u2060\uFEFF\u00AD]/u;
  const squash = (text) => text.replace(/[\s\u200B-\u200F\u2060\uFEFF\u00AD]+/gu, '');
  const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
  const scope = document.querySelector('[data-qinggao-unlocked]') || document.body;
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      for (let e = node.parentElement; e; e = e.parentElement) if (skip.has(e.tagName)) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  let flat = '';
  const at = []; // flat index → [text node, offset]
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      if (IGNORED.test(data[i])) continue;
      flat += data[i];
      at.push([node, i]);
    }
  }
  const start = flat.indexOf(squash(first));
  if (start < 0) return { ok: false, why: 'first paragraph not found in the page text' };
  const lastAt = flat.indexOf(squash(last), start);
  if (lastAt < 0) return { ok: false, why: 'last paragraph not found after the first one' };
  const end = lastAt + squash(last).length - 1;
  const range = document.createRange();
  range.setStart(at[start][0], at[start][1]);
  range.setEnd(at[end][0], at[end][1] + 1);
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  // A copied image becomes its alt text in the plain-text flavour; the caller allows for it.
  const imageTexts = Array.from(scope.querySelectorAll('img[alt]'))
    .filter((image) => range.intersectsNode(image) && image.alt.trim() !== '')
    .map((image) => image.alt);
  return { ok: true, selected: selection.toString(), imageTexts };
}

/**
 * Ends the AMP boilerplate's 8-second "body hidden" animation, which the AMP runtime would end
 * at once if it were served (the test server answers no scripts from elsewhere). Without
 * this, innerText of an AMP page is empty for its first 8 seconds.
 */
export function endAmpBoilerplate() {
  let ended = 0;
  for (const animation of document.getAnimations()) {
    if (animation.animationName === '-amp-start') {
      animation.finish();
      ended++;
    }
  }
  return ended;
}

/**
 * Puts keyboard focus where a keyboard user's next Tab reaches Qinggao's notice (the last
 * thing in the document): on the last focusable element of the page that still shows, or,
 * when cleaning left nothing focusable in view, nowhere (the next Tab starts at the top).
 */
export function focusLastBeforeNotice() {
  const notice = document.querySelector('[data-qinggao="notice"]');
  if (!notice) return { ok: false, why: 'no notice in the page' };
  const candidates = Array.from(
    document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])'),
  ).filter((e) => !notice.contains(e));
  for (let i = candidates.length - 1; i >= 0; i--) {
    const element = candidates[i];
    element.focus();
    if (document.activeElement === element) return { ok: true };
  }
  if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
  return { ok: true };
}

/** Whether keyboard focus is inside Qinggao's notice (its closed shadow root shows as the host). */
export function focusIsInNotice() {
  const active = document.activeElement;
  return Boolean(active && active.getAttribute && active.getAttribute('data-qinggao') === 'notice');
}

/** The popup's or desk's outline tree, row by row: level from how deep the row's list is nested, marker and text as shown. */
export function readOutlineRows() {
  return Array.from(document.querySelectorAll('li.outline-item'), (li) => {
    let level = 1;
    for (let e = li.parentElement; e; e = e.parentElement) if (e.matches('ul.outline-children')) level++;
    return {
      level,
      marker: li.querySelector(':scope > .outline-row .outline-marker')?.textContent ?? '',
      text: li.querySelector(':scope > .outline-row .outline-text')?.textContent ?? '',
    };
  });
}
