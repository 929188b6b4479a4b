// Simplified→traditional converters on mirror sites print a pinyin reading after characters
// they handle specially: 戰(zhàn)略, 學(xué)習(xí), 這個(ge)名字. Those readings are the converter's,
// not the speech's: they are cut (reason 'watermark', rule 'watermark.pinyin-annotation').
//
// What counts: one syllable, in ASCII parentheses (some converters leave a space before the
// closing one: 會(huì )), glued to the character before it, with a tone mark (zhàn), or a
// character's several readings split by slashes (和(hé / huò)) — or, on a page that has toned
// ones, a toneless neutral-tone syllable after the character it reads (個(ge), 的(de), 了(le)),
// or any toneless syllable on a page whose converter prints no tones and repeats each reading
// (軍(jun)(jun)的(de)(de)(de)). A page with a single reading may be a writer explaining a rare
// word, so a page needs two toned readings before any is cut. Parentheses holding anything else
// (English words, numbers, (一), abbreviations, several syllables) are never touched.
// Spam mirrors go further and plant an emoji in brackets among the readings, alone ("发展(🌌)",
// "(👵) (2025年4月28日)") or inside one ("理(lǐ(🏜) )论", "根本(bě(🧛)n )"): a jammer of the same page,
// cut with them (rule 'watermark.emoji-jammer').
import type { NormalizedText } from '../normalize';
import { removeSpans } from '../remove-spans';

/** One syllable's letters, tone-marked vowels included; the longest syllable (zhuang) has six. Some
 * converters leave a space before the closing bracket: 會(huì ). */
export const PINYIN_LETTERS = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ';
/** An emoji: a pictograph outside the basic plane (a surrogate pair) or a dingbat or symbol
 * (⛄ ❤ ⏸), with its variation selector. */
const EMOJI = '(?:[\\uD83C-\\uD83E][\\uDC00-\\uDFFF]|[\\u2300-\\u23FF\\u2600-\\u27BF])\\uFE0F?';
/** A reading (1), a reading with an emoji in brackets planted inside it (2, 3: the letters before
 * and after it), an emoji in brackets alone, or a character's several readings split by slashes
 * (4: "和(hé / huò)", "了(le/liǎo)"). */
const CANDIDATE = new RegExp(
  `\\(([${PINYIN_LETTERS}]{1,6}) ?\\)|\\(([${PINYIN_LETTERS}]{0,6})\\(${EMOJI}\\)([${PINYIN_LETTERS}]{0,6}) ?\\)|\\(${EMOJI}\\)|\\(([${PINYIN_LETTERS}]{1,6}(?: ?\\/ ?[${PINYIN_LETTERS}]{1,6}){1,3}) ?\\)`,
  'g',
);
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ';
const BASE = 'aaaaeeeeiiiioooouuuuüüüünnn';
/** Initial + final of a Mandarin syllable, on the letters without tone marks. */
const SYLLABLE =
  /^(?:(?:[bpmfdtnlgkhjqxrzcsyw]|[zcs]h)?(?:i(?:ang|ong|ao|an|ng|a|e|u|n|o)?|u(?:ang|ai|an|a|i|n|o|e)?|ü(?:an|e|n)?|a(?:ng|i|o|n)?|e(?:ng|i|n|r)?|o(?:ng|u)?)|ng|n|m)$/;
/** Neutral-tone syllables converters were seen printing without a mark, with the characters they read:
 * 這個(ge)名字, 上的(de)講話, 作了(le)發言. Only after those: an unmarked word in brackets is otherwise far
 * more likely English than pinyin ("代碼(de)"). */
const NEUTRAL: Readonly<Record<string, string>> = { ge: '個个', de: '的地得', le: '了' };
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const SPACE_OR_OPEN = /[\s(（]/;
/** A page needs this many toned readings before any reading is cut. */
const MIN_TONED = 2;

export interface PinyinSpan {
  start: number;
  end: number;
  /** carries a tone mark (zhàn); toneless ones (ge) count only on a page with toned ones */
  toned: boolean;
  /** an emoji in brackets, alone or inside the reading: the page's jammer */
  jammer?: true;
}

/** What a line without an opening bracket holds: one shared empty list (asked of every line). */
const NO_SPANS: readonly PinyinSpan[] = Object.freeze([]);

/** A converter that marks no tones prints each reading once per occurrence: 軍(jun)(jun). */
const DOUBLED = /[\u3400-\u9fff\uf900-\ufaff]\(([a-z]{1,6})\)\(\1\)/g;
/** A page with this many doubled toneless readings is a converter's page: its toneless
 * syllables after Chinese characters are readings too (節(jie)(jie)日, 八(ba)一). */
const MIN_DOUBLED = 3;

/** A converter that marks no tones and prints each reading once glues the same reading after the same
 * character wherever it stands (創業(ye) … 創業(ye), 大會(hui) … 協會(hui)): a page on which this many
 * character-and-reading pairs recur is a converter's page too. A writer glosses a rare character
 * once, and an English word in brackets is no syllable. */
const MIN_RECURRING_PAIRS = 3;
const TONELESS_READING = /[\u3400-\u9fff\uf900-\ufaff]\(([a-z]{1,6}) ?\)/g;

function recurringReadingPairs(texts: readonly string[], lines: readonly number[]): number {
  const seen = new Map<string, number>();
  let recurring = 0;
  for (const k of lines) {
    const text = texts[k]!;
    TONELESS_READING.lastIndex = 0;
    for (let m = TONELESS_READING.exec(text); m; m = TONELESS_READING.exec(text)) {
      if (!SYLLABLE.test(m[1]!)) continue;
      const pair = text[m.index] + m[1]!;
      const times = (seen.get(pair) ?? 0) + 1;
      seen.set(pair, times);
      if (times === 2 && ++recurring >= MIN_RECURRING_PAIRS) return recurring;
    }
  }
  return recurring;
}

function doubledReadings(text: string): number {
  if (text.indexOf(')(') === -1) return 0;
  let n = 0;
  DOUBLED.lastIndex = 0;
  for (let m = DOUBLED.exec(text); m; m = DOUBLED.exec(text)) if (SYLLABLE.test(m[1]!)) n++;
  return n;
}

/** Readings a converter glued into one line of text, in order; `plain`: toneless syllables
 * after a Chinese character count too (a page that shows the doubled readings). */
export function findPinyinSpans(text: string, plain = false): readonly PinyinSpan[] {
  if (text.indexOf('(') === -1) return NO_SPANS;
  const spans: PinyinSpan[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    if (m[4] !== undefined) {
      // several readings: each a syllable, one of them toned, glued to the character they read
      const before = text[m.index - 1];
      if (before !== undefined && CJK.test(before) && m[4].split('/').every((r) => toneMarks(r.trim()) <= 1 && SYLLABLE.test(baseLetters(r.trim()))) && toneMarks(m[4]) > 0) {
        spans.push({ start: m.index, end: m.index + m[0].length, toned: true });
      }
      continue;
    }
    const letters = m[1] ?? (m[2] ?? '') + (m[3] ?? '');
    // an emoji alone in brackets is the jammer wherever it stands
    if (!letters) {
      let end = m.index + m[0].length;
      // one opening the line takes the spaces after it along ("(👵) (2025年4月28日)")
      if (m.index === 0) while (end < text.length && (text[end] === ' ' || text[end] === '\u3000')) end++;
      spans.push({ start: m.index, end, toned: false, jammer: true });
      continue;
    }
    const before = text[m.index - 1];
    if (before === undefined || SPACE_OR_OPEN.test(before)) continue;
    const planted = m[1] === undefined;
    const marks = toneMarks(letters);
    const base = baseLetters(letters);
    if (marks > 1 || !SYLLABLE.test(base)) continue;
    // a toneless reading follows its character or the reading right before it (軍(jun)(jun))
    const glued = CJK.test(before) || (spans.length > 0 && spans[spans.length - 1]!.end === m.index);
    if (marks === 0 && !((plain || NEUTRAL[base]?.includes(before)) && glued)) continue;
    const span: PinyinSpan = { start: m.index, end: m.index + m[0].length, toned: marks === 1 };
    if (planted) span.jammer = true;
    spans.push(span);
  }
  return spans;
}

/** How many tone marks a reading carries (one syllable carries one at most). */
function toneMarks(letters: string): number {
  let marks = 0;
  for (const ch of letters) if (TONED.includes(ch)) marks++;
  return marks;
}
/** A reading's letters without their tone marks (zhàn → zhan). */
function baseLetters(letters: string): string {
  let base = '';
  for (const ch of letters) {
    const k = TONED.indexOf(ch);
    base += k === -1 ? ch : BASE[k];
  }
  return base;
}

/** A block with the converter's readings taken out. */
export interface PinyinFreeText extends NormalizedText {
  /** the readings cut, with offsets into the raw block text; `jammer`: an emoji among them */
  pinyin: readonly { start: number; end: number; text: string; jammer?: true }[];
}

/** What a block without readings holds: one shared empty list. */
const NO_PINYIN: PinyinFreeText['pinyin'] = Object.freeze([]);

/**
 * The converter's readings in each line of a document, by line, when the document has enough of
 * them to be a converter's page; undefined otherwise (most documents: then no line needs a copy).
 */
export function findPinyinAnnotations(texts: readonly string[]): Map<number, readonly PinyinSpan[]> | undefined {
  // only a line with an opening bracket can hold a reading: one look at each line, then those alone
  const bracketed: number[] = [];
  for (let k = 0; k < texts.length; k++) if (texts[k]!.indexOf('(') !== -1) bracketed.push(k);
  if (!bracketed.length) return undefined;
  let doubled = 0;
  for (let b = 0; b < bracketed.length && doubled < MIN_DOUBLED; b++) doubled += doubledReadings(texts[bracketed[b]!]!);
  const plain = doubled >= MIN_DOUBLED || recurringReadingPairs(texts, bracketed) >= MIN_RECURRING_PAIRS;
  let toned = 0;
  const found = new Map<number, readonly PinyinSpan[]>();
  for (const k of bracketed) {
    const spans = findPinyinSpans(texts[k]!, plain);
    if (!spans.length) continue;
    found.set(k, spans);
    for (const s of spans) if (s.toned || s.jammer) toned++;
  }
  return found.size && (toned >= MIN_TONED || plain) ? found : undefined;
}


/** One block with the readings `spans` (findPinyinAnnotations) cut; none: the block as it is. */
export function cutPinyin(block: NormalizedText, spans: readonly PinyinSpan[] | undefined): PinyinFreeText {
  return spans?.length ? cutSpans(block, spans) : { text: block.text, rawIndexOf: block.rawIndexOf, pinyin: NO_PINYIN };
}

function cutSpans(block: NormalizedText, spans: readonly PinyinSpan[]): PinyinFreeText {
  const source = block.text;
  const kept = new Int32Array(source.length + 1);
  let text = '';
  let length = 0;
  let at = 0;
  const pinyin: { start: number; end: number; text: string; jammer?: true }[] = [];
  const keep = (from: number, to: number) => {
    text += source.slice(from, to);
    for (let k = from; k < to; k++) kept[length++] = k;
  };
  for (const s of spans) {
    keep(at, s.start);
    const reading: (typeof pinyin)[number] = { start: block.rawIndexOf(s.start), end: block.rawIndexOf(s.end - 1) + 1, text: source.slice(s.start, s.end) };
    if (s.jammer) reading.jammer = true;
    pinyin.push(reading);
    at = s.end;
  }
  keep(at, source.length);
  kept[length] = source.length;
  return { text, rawIndexOf: (k) => block.rawIndexOf(kept[k]!), pinyin };
}

/** A line read on its own (a page title, the heading of a link box): its toned readings out. */
export function removePinyinReadings(title: string): string {
  const spans = findPinyinSpans(title).filter((s) => s.toned);
  return spans.length ? removeSpans(title, spans) : title;
}
