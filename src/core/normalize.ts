// Text normalization that remembers where every character came from, so that a cut found in
// normalized text can be applied to the raw text (and, in the page, to its text nodes).

/** Zero-width characters, BOM and soft hyphens: sprinkled into template text to fingerprint
 * copies; dropped everywhere, silently (contract.md). */
export const INVISIBLE_CHARS = /[\u200B-\u200F\u2060\uFEFF\u00AD]/g;
const INVISIBLE_CHAR = /[\u200B-\u200F\u2060\uFEFF\u00AD]/;

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE_CHARS, '');
}

// CJK ideographs, CJK punctuation and full-width forms: a line break between two of them is
// layout, not a word space (browsers drop it too).
const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u201C\u201D\u2018\u2019\u2014\u2026]/;

export interface NormalizedText {
  text: string;
  /** map[i] is the index in the raw string of text[i]; map[text.length] is the raw length */
  map: number[];
}

/**
 * Drops invisible characters, trims, and collapses each run of white space (including
 * U+00A0 and the full-width space U+3000) into one ASCII space — or into nothing when the run
 * holds a line break between two CJK characters.
 */
export function normalizeWithMap(raw: string): NormalizedText {
  const out: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i]!;
    if (INVISIBLE_CHAR.test(ch)) {
      i++;
      continue;
    }
    if (/\s/.test(ch)) {
      let j = i;
      let lineBreak = false;
      while (j < raw.length && (/\s/.test(raw[j]!) || INVISIBLE_CHAR.test(raw[j]!))) {
        if (raw[j] === '\n' || raw[j] === '\r') lineBreak = true;
        j++;
      }
      const prev = out[out.length - 1];
      const next = raw[j];
      const atEdge = prev === undefined || next === undefined;
      if (!atEdge && !(lineBreak && CJK.test(prev) && CJK.test(next))) {
        out.push(' ');
        map.push(i);
      }
      i = j;
      continue;
    }
    out.push(ch);
    map.push(i);
    i++;
  }
  map.push(raw.length);
  return { text: out.join(''), map };
}

export function normalizeText(raw: string): string {
  return normalizeWithMap(raw).text;
}

/** A comparison key: no spaces, ASCII punctuation folded to its full-width form. */
export function compareKey(text: string): string {
  return normalizeText(text)
    .replace(/\s+/g, '')
    .replace(/[(),:;!?]/g, (c) => FULL_WIDTH[c] ?? c);
}

const FULL_WIDTH: Record<string, string> = { '(': '（', ')': '）', ',': '，', ':': '：', ';': '；', '!': '！', '?': '？' };

/** Counts code points, not UTF-16 units (the outline rules measure in characters). */
export function charLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

const CJK_IDEOGRAPH = /[\u3400-\u9FFF]/g;

/** Share of CJK ideographs among the non-space characters. */
export function cjkRatio(text: string): number {
  const compact = text.replace(/\s+/g, '');
  if (!compact) return 0;
  return (compact.match(CJK_IDEOGRAPH)?.length ?? 0) / compact.length;
}

const KANA = /[\u3040-\u30FF]/g;

/** Chinese prose: ideographs make a fifth of the text, and it is not Japanese (no kana to speak of). */
export function isChineseText(text: string): boolean {
  const sample = text.slice(0, 20000);
  const ideographs = sample.match(CJK_IDEOGRAPH)?.length ?? 0;
  const kana = sample.match(KANA)?.length ?? 0;
  return cjkRatio(sample) >= 0.2 && kana < ideographs * 0.05;
}
