// Outline marker families (../shared/docs/outline-rules.md). Each family is a pattern anchored at
// the start of a text, with the number it carries. Headings nest by rank; paragraph points sit
// one level below the nearest heading.

export type FamilyKind = 'heading' | 'point';

export interface MarkerFamily {
  id: string;
  kind: FamilyKind;
  /** headings only: 0 = 第一部分 … 5 = ①; smaller ranks are higher levels */
  rank: number;
  /** anchored at the start; group 1 is the number, the whole match is the marker as written */
  pattern: RegExp;
  /** may open an inline point after a sentence end (…。一要…。二要…) */
  inline: boolean;
  /** every character a match may open with (the pattern's first position) */
  opens: string;
}

const NUMERALS = '一二三四五六七八九十';
const CN = `[${NUMERALS}]{1,3}`;
const DIGIT_CHARS = '0123456789０１２３４５６７８９';

export const MARKER_FAMILIES: readonly MarkerFamily[] = [
  {
    id: 'part',
    kind: 'heading',
    rank: 0,
    // a space after 部分 separates but is not part of the marker (markers never end in white space);
    // some scripts write it 部份
    pattern: new RegExp(`^第(${CN})部[分份][、，,：:．.]?`),
    inline: false,
    opens: '第',
  },
  {
    id: 'chinese',
    kind: 'heading',
    rank: 1,
    // "一、二中", "一、二年级", "一、二季度": two numbers counting one thing, not a heading (a
    // heading may still name a plenary session: "一、二中全会精神")
    pattern: new RegExp(`^(${CN})(?:、|[.．](?![0-9０-９]))(?![${NUMERALS}](?:中(?!全[会會])|年[级級]|季度|等[奖獎]|[类類]|[级級]|批|期))`),
    inline: true,
    opens: NUMERALS,
  },
  {
    id: 'paren-chinese',
    kind: 'heading',
    rank: 2,
    pattern: new RegExp(`^[（(](${CN})[）)]`),
    inline: true,
    opens: '（(',
  },
  {
    id: 'arabic',
    kind: 'heading',
    rank: 3,
    pattern: /^([0-9０-９]{1,2})(?:[、．]|\.(?![0-9０-９]))(?![0-9０-９])/,
    inline: true,
    opens: DIGIT_CHARS,
  },
  {
    id: 'paren-arabic',
    kind: 'heading',
    rank: 4,
    pattern: /^[（(]([0-9０-９]{1,2})[）)]/,
    inline: true,
    opens: '（(',
  },
  {
    id: 'circled',
    kind: 'heading',
    rank: 5,
    pattern: /^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])/,
    inline: true,
    opens: '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳',
  },
  {
    // 一是 / 一要 / 一是要; 是 and 要 share one run ("一是…二是…三要…"); a comma written after it is its separator
    // ("一是,种业有一位…": the marker "一是,", as "第一," keeps its comma).
    // "一是一、二是二" is an idiom, not a marker: no number may follow 是/要.
    id: 'shi-yao',
    kind: 'point',
    rank: 10,
    pattern: new RegExp(`^(${CN})(?:是|要)(?![一二三四五六七八九十])[，,]?`),
    inline: true,
    opens: NUMERALS,
  },
  {
    // 第一， / 第一是; never 第一时间, 第一次, 第一位.
    id: 'ordinal',
    kind: 'point',
    rank: 10,
    pattern: new RegExp(`^第(${CN})(?:是|[，,、：:])`),
    inline: true,
    opens: '第',
  },
  {
    id: 'sequence',
    kind: 'point',
    rank: 10,
    // 後: the traditional 后 of mirror sites (然後，最後，)
    pattern: /^(首先|其次|再次|然[后後]|最[后後])[，,：:]/,
    inline: true,
    opens: '首其再然最',
  },
  {
    id: 'dash',
    kind: 'point',
    rank: 10,
    pattern: /^(——|－－|--)(?=[^\s—－-])/,
    inline: false,
    opens: '—－-',
  },
];

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SEQUENCE: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 然后: 3, 然後: 3 };
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** 一 → 1, 十 → 10, 十一 → 11, 二十 → 20, 二十三 → 23; undefined for anything else. */
export function parseChineseNumber(text: string): number | undefined {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return undefined;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? DIGITS[tens] : undefined;
  return (tens ? DIGITS[tens]! : 1) * 10 + (ones ? DIGITS[ones]! : 0);
}

/** The ordinal a marker carries; `Infinity` for 最后 (closes any run), 0 for a dash (no number). */
export function markerNumber(family: MarkerFamily, captured: string): number | undefined {
  switch (family.id) {
    case 'arabic':
    case 'paren-arabic':
      return Number(captured.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
    case 'circled':
      return CIRCLED.indexOf(captured) + 1;
    case 'sequence':
      return captured.startsWith('最') ? Infinity : SEQUENCE[captured];
    case 'dash':
      return 0;
    default:
      return parseChineseNumber(captured);
  }
}

export interface MarkerMatch {
  family: MarkerFamily;
  number: number;
  /** the marker exactly as written, separator included */
  marker: string;
}

/** The families of `families` a text opening with each character may match, in their order:
 * one look-up instead of a regex per family (matchMarker is asked about every line, many times).
 * Keyed by the character's code: taking a line's first character as a string made a new string
 * at every call (every opening character of a marker is in the BMP). */
const candidatesByFamilies = new WeakMap<readonly MarkerFamily[], Map<number, readonly MarkerFamily[]>>();

function candidatesFor(families: readonly MarkerFamily[]): Map<number, readonly MarkerFamily[]> {
  let byCode = candidatesByFamilies.get(families);
  if (!byCode) {
    byCode = new Map();
    for (const family of families) {
      for (const c of family.opens) byCode.set(c.charCodeAt(0), [...(byCode.get(c.charCodeAt(0)) ?? []), family]);
    }
    candidatesByFamilies.set(families, byCode);
  }
  return byCode;
}

/** The default families' table, held at hand (the weak map's look-up cost a share of every call). */
const DEFAULT_CANDIDATES = candidatesFor(MARKER_FAMILIES);

/**
 * A short text's answer (a bare marker, a short heading), remembered: short lines come again and
 * again down a document, and every pass asks about every line (a text of 150,000 marker-only
 * lines holds five). Long texts are not kept: a paragraph is met once. Bounded.
 */
const SHORT_TEXT = 12;
const REMEMBERED = 4096;
const shortAnswers = new Map<string, MarkerMatch | null>();

/** The marker that opens `text`, if any. */
export function matchMarker(text: string, families: readonly MarkerFamily[] = MARKER_FAMILIES): MarkerMatch | undefined {
  const candidates = (families === MARKER_FAMILIES ? DEFAULT_CANDIDATES : candidatesFor(families)).get(text.charCodeAt(0));
  if (!candidates) return undefined;
  if (families !== MARKER_FAMILIES || text.length > SHORT_TEXT) return readMarker(text, candidates);
  let answer = shortAnswers.get(text);
  if (answer === undefined) {
    if (shortAnswers.size >= REMEMBERED) shortAnswers.clear();
    shortAnswers.set(text, (answer = readMarker(text, candidates) ?? null));
  }
  return answer ?? undefined;
}

function readMarker(text: string, candidates: readonly MarkerFamily[]): MarkerMatch | undefined {
  for (const family of candidates) {
    const m = family.pattern.exec(text);
    if (!m || text.length === m[0].length) continue; // none, or a marker with nothing after it
    const number = markerNumber(family, m[1] ?? '');
    if (number === undefined || Number.isNaN(number)) continue;
    return { family, number, marker: m[0] };
  }
  return undefined;
}
