// A site's teaser of the article, printed above it: the opening lines again, run together and
// cut off ("摘要 ——致敬医者,守护健康在第7个…最美好的..."), or a document page's summary box that
// repeats the text's first paragraph up to where the box ends — or printed again under it, among
// the last lines. The text keeps its own copy.
import { charLength, compareKey, isRegExpSpaceCode } from './normalize';
import { hasSentenceEnd, isStopCode } from './stops';
import type { LineNoise as Noise } from './types';

const LABEL = /^[【\[]?(?:摘要|概要|导读|简介|内容简介|内容提要|文章摘要|文章导读|资源描述|文档简介)[】\]]?\s*[:：]?\s*/;
// each run is tried from its first character only (a look-behind refuses the rest), so a long
// run of 。 before another character is read once, not once per 。
const CUT_OFF = /(?<!\.)\.{2,}$|(?<!…)…+$|(?<!。)。{2,}$/;
const SENTENCE_END = /[。！？!?；;]$/;
/** A teaser long enough that repeating it cannot be chance. */
const MIN_TEASER = 20;
const TITLE_LENGTH = 80;
/** How many lines after it a teaser may run over (title, two subtitle lines, date, salutation, opening). */
const FOLLOWING = 6;
/** A viewer's summary renders quotes its own way, and its last characters where the text has a
 * placeholder ("领会习" over "领会XXX"): quotes are not compared, nor the teaser's last characters. */
const QUOTE_CHARS = '"\'“”‘’「」';
const QUOTES = new RegExp(`[${QUOTE_CHARS}]`, 'g');
const LOOSE_END = 2;
/** A summary box may join the paragraphs it runs together with commas ("…的有关情况,入汛以来," over "…的有关情况。" /
 * "入汛以来,"): a box cut mid-sentence is compared without punctuation, reading that many characters more below it. */
const PUNCTUATION = /[，,。；;：:！!？?、]/g;
const SLACK = 8;
function withoutPunctuation(key: string): string {
  return key.replace(PUNCTUATION, '');
}
/** A summary box the site ended with a stop is short: a longer finished line is prose, not read. */
const MAX_STOPPED_TEASER = 300;
/** The most of a cut sentence a site leaves before the stop it puts where it cut. */
const MAX_CUT_SCRAP = 12;

export function markTeasers(
  lines: readonly string[],
  candidates: readonly number[],
  noise: Map<number, Noise>,
): void {
  const open = candidates.filter((i) => !noise.has(i));
  // Keys are made only for the lines a teaser is compared with: the window's last line may be
  // the whole rest of a document whose wrapped lines were joined.
  const keys: (string | undefined)[] = [];
  const keyOf = (at: number): string => (keys[at] ??= quotelessKey(lines[open[at]!]!));
  // the same for every candidate, noise lines included (read only when a teaser may repeat one)
  const printedKeys: (string | undefined)[] = [];
  const printedKeyOf = (at: number): string => (printedKeys[at] ??= quotelessKey(lines[candidates[at]!]!));
  /** The keys of the candidate lines after candidate `at`, noise or not, until they hold `length` characters. */
  const printedAfter = (at: number, length: number): string => {
    let text = '';
    for (let k = at + 1; k <= at + FOLLOWING && k < candidates.length && text.length < length; k++) text += printedKeyOf(k);
    return text;
  };
  open.forEach((i, at) => {
    // a teaser repeats the lines after it: the last line has none
    if (at + 1 === open.length) return;
    const place = candidates.indexOf(i);
    const line = fromLabelAfterHeadline(lines[i]!, lines, candidates, place);
    const lineStopped = endsStopped(line);
    if (cannotBeTeaser(line, lineStopped)) return;
    // one ending with a stop goes on only when the line below opens as it does (most finished
    // paragraphs are told apart here, before any key is made)
    const nextPrinted = lines[candidates[place + 1]!] ?? '';
    if (lineStopped && !opensAlike(line, lines[open[at + 1]!]!) && !opensAlike(line, nextPrinted)) return;
    const key = quotelessKey(line.replace(LABEL, '').replace(CUT_OFF, ''));
    // A teaser is cut off mid-sentence; a finished paragraph that opens the next one is prose —
    // unless the site put a stop where it cut ("…受益匪浅。这。" over "…受益匪浅。这一趟…"):
    // then the text below goes on there without one.
    const stopped = SENTENCE_END.test(key);
    const teaser = stopped ? key.slice(0, -1) : key;
    if (charLength(teaser) < MIN_TEASER) return;
    // A title glued again to the first sentence below it opens that line too: a teaser is
    // labelled, marked as cut off, longer than a title, or holds a finished sentence (no title does).
    if (!LABEL.test(line) && !CUT_OFF.test(line) && charLength(teaser) <= TITLE_LENGTH && !hasSentenceEnd(teaser)) return;
    const repeats = (following: string): boolean =>
      stopped
        ? following.startsWith(teaser) && following.length > teaser.length && !SENTENCE_END.test(following[teaser.length]!)
        : withoutPunctuation(following).startsWith(withoutPunctuation(teaser.slice(0, teaser.length - LOOSE_END)));
    // as much as the comparison reads: the teaser, and after a stop the character that follows it
    const needed = stopped ? teaser.length + 1 : teaser.length + SLACK;
    let following = '';
    for (let k = at + 1; k <= at + FOLLOWING && k < open.length && following.length < needed; k++) following += keyOf(k);
    // The lines below as the text reads them (meta lines between them are not in the teaser), or
    // as printed: a teaser may repeat a brand line the rules have already set aside.
    const printed = () => open.length < candidates.length && opensAlike(line, nextPrinted) && repeats(printedAfter(place, needed));
    if (repeats(following) || printed() || (isSummaryBox(line) && repeatsAfterLead(teaser, following))) noise.set(i, { reason: 'site-chrome', rule: 'site-chrome.teaser' });
  });
}

/** How many lines above a summary box the headline it repeats may stand (the meta line between them). */
const HEADLINE_ABOVE = 3;
const MIN_HEADLINE = 6;

/**
 * A summary box the site glued to its headline printed again ("水灾新闻发布会新闻稿(…范文)摘要: 关于…尊敬的…:大家好!…已有几十个县..."
 * under "水灾新闻发布会新闻稿(…范文)" and its meta line): the box, read from its label. Any other line as it is.
 */
function fromLabelAfterHeadline(line: string, lines: readonly string[], candidates: readonly number[], place: number): string {
  const text = line.trimStart();
  for (let k = place - 1; k >= 0 && k >= place - HEADLINE_ABOVE; k--) {
    const headline = lines[candidates[k]!]!.trim();
    if (headline.length < MIN_HEADLINE || !text.startsWith(headline)) continue;
    const box = text.slice(headline.length);
    if (LABEL.test(box) && CUT_OFF.test(box)) return box;
  }
  return line;
}

/** A summary box: labelled and cut off ("摘要 …的機..."); a flattened title is never split off one (layout/flattened.ts). */
export function isSummaryBox(line: string): boolean {
  return LABEL.test(line) && CUT_OFF.test(line);
}
/** A summary box may open with the page's lead, then run on into the text's opening ("摘要 …组长孙立诚出席…并发表致辞
 * 尊敬的各位专家…:大家上午好!感谢主办方提供这样难得的机..."): the opening found after the lead, repeated to the cut. */
function repeatsAfterLead(teaser: string, following: string): boolean {
  if (following.length < MIN_TEASER) return false;
  const at = teaser.indexOf(following.slice(0, MIN_TEASER));
  return at > 0 && following.startsWith(teaser.slice(at, teaser.length - LOOSE_END));
}

/** The last lines where a site prints the summary again, under the text (over its download box). */
const TAIL_WINDOW = 8;

/**
 * A site's summary printed again under the text, among its last lines: the text's opening run
 * together and cut off ("各位领导,各位评委,朋友们:大家好!我是…,今天我..." under the speech that opens
 * so). `order` is the page's lines with text, in order; the opening is read from `bodyStart` on.
 */
export function markTailTeasers(lines: readonly string[], order: readonly number[], noise: Map<number, Noise>, bodyStart: number): void {
  // the last lines no rule took, read from the end (a long document's lines are not copied to find them)
  const tail: number[] = [];
  for (let k = order.length - 1; k >= 0 && tail.length < TAIL_WINDOW; k--) if (!noise.has(order[k]!)) tail.unshift(order[k]!);
  let opening: string | undefined;
  for (const i of tail) {
    const line = lines[i]!;
    if (i <= bodyStart || line.length < MIN_TEASER || !CUT_OFF.test(line)) continue;
    const key = quotelessKey(line.replace(LABEL, '').replace(CUT_OFF, ''));
    if (charLength(key) < MIN_TEASER) continue;
    if (opening === undefined) {
      opening = '';
      for (const j of order) {
        if (j < bodyStart || noise.has(j)) continue;
        if (j >= i || opening.length >= key.length + 1) break;
        opening += quotelessKey(lines[j]!);
      }
    }
    if (opening.startsWith(key.slice(0, key.length - LOOSE_END))) noise.set(i, { reason: 'site-chrome', rule: 'site-chrome.teaser' });
  }
}

/**
 * What the checks below would refuse, told from the line as it is, before its comparison key is
 * made: a line shorter than a teaser (its key is no longer than it), or a long one that ends a
 * sentence and is not marked as cut off. Most lines of a window are one or the other: headings and
 * finished paragraphs.
 */
function cannotBeTeaser(line: string, stopped: boolean): boolean {
  if (line.length < MIN_TEASER) return true;
  if (!stopped) return false;
  // a stop where the site cut comes after a scrap of a sentence ("…受益匪浅。这。"); a finished
  // paragraph's last sentence is longer
  return line.length > MAX_STOPPED_TEASER || lastSentenceLength(line) > MAX_CUT_SCRAP;
}

function endsStopped(line: string): boolean {
  return SENTENCE_END.test(line) && !CUT_OFF.test(line);
}

/** Whether two lines open with the same character, past white space, quotes and a teaser's label. */
function opensAlike(line: string, next: string): boolean {
  const a = firstCharacter(line.replace(LABEL, ''));
  return a !== '' && a === firstCharacter(next);
}

function firstCharacter(text: string): string {
  for (const c of text) if (!isRegExpSpaceCode(c.charCodeAt(0)) && !QUOTE_CHARS.includes(c)) return c;
  return '';
}

/** A line's comparison key without quotes (a summary renders them its own way). */
function quotelessKey(text: string): string {
  return compareKey(text).replace(QUOTES, '');
}

/** How long the line's last sentence is, its closing stop left out. */
function lastSentenceLength(line: string): number {
  let at = line.length - 1;
  while (at > 0 && isStopCode(line.charCodeAt(at - 1))) at--;
  const end = at;
  while (at > 0 && !isStopCode(line.charCodeAt(at - 1))) at--;
  return end - at;
}
