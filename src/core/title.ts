// The speech's title: which line of the text it is, the page's own title as a fallback, and the
// lines around it that go with it (the page's lines above it, its repeats at the top of the body).
// Pure: no DOM, no browser API.
import { SALUTATION, SPEECH_TITLE } from './detect';
import { matchMarker } from './markers';
import { charLength, cjkRatio, compareKey, normalizeText } from './normalize';
import { LINE_RULES } from './rules/line-rules';
import { foldScript } from './script/fold';
import type { RemovedReason, SourceBlock } from './types';
import { findWatermarkFragments, removeSpans, type BrandMatcher } from './watermark';

interface Noise {
  reason: RemovedReason;
  rule: string;
}

/** How far into the document a title is looked for. */
export const TITLE_WINDOW = 25;

export function isTitleLike(line: string): boolean {
  const n = charLength(line);
  return (
    n >= 4 &&
    n <= 80 &&
    !/[。；;]/.test(line) &&
    !/[：:，,！!？?、]$/.test(line) &&
    !SALUTATION.test(line) &&
    !matchMarker(line) &&
    cjkRatio(line) >= 0.5
  );
}

/**
 * The speech's own title: the page's heading when it is in the text, else the first title-like
 * line that names a speech or meeting, else the first title-like line right above a salutation.
 */
export function findTitleIndex(
  blocks: readonly SourceBlock[],
  lines: readonly string[],
  nonBlank: readonly number[],
  noise: ReadonlyMap<number, Noise>,
  pageTitle: string | undefined,
): number | undefined {
  const window = nonBlank.slice(0, TITLE_WINDOW).filter((i) => !noise.has(i));
  const firstProse = window.find((i) => isProse(lines[i]!));
  const candidates = window.filter((i) => (firstProse === undefined || i < firstProse) && isTitleLike(lines[i]!));
  if (pageTitle) {
    const key = compareKey(pageTitle);
    const same = window.find((i) => compareKey(lines[i]!) === key);
    if (same !== undefined) return same;
  }
  const heading = candidates.find((i) => blocks[i]!.heading);
  if (heading !== undefined) return heading;
  // A reseller's banner may name speeches too ("青鸢文稿｜领导讲话专辑", "更新：领导讲话、党课讲稿");
  // the speech's own name reads "在…会上的讲话".
  const named = candidates.filter((i) => !BANNER_TITLE.test(lines[i]!));
  const classic = named.find((i) => CLASSIC_TITLE.test(lines[i]!));
  if (classic !== undefined) return classic;
  const speechWord = named.find((i) => SPEECH_TITLE.test(lines[i]!) || /在[^。]{2,40}上的/.test(lines[i]!));
  if (speechWord !== undefined) return speechWord;
  if (pageTitle) return undefined;
  // The title sits above the salutation, with at most a subtitle ("——在…上的讲话"), the
  // speaker and the date between them.
  const aboveSalutation = candidates.find((i) => {
    const between = window.filter((j) => j > i);
    const salutation = between.findIndex((j) => SALUTATION.test(lines[j]!));
    return salutation !== -1 && salutation <= FRONT_MATTER_LINES && between.slice(0, salutation).every((j) => isFrontMatter(lines[j]!));
  });
  if (aboveSalutation !== undefined) return aboveSalutation;
  // A text that opens with a short line set apart by a blank line, or standing over a meta line
  // or a date: its title.
  const first = window[0];
  if (first === undefined || first !== candidates[0]) return undefined;
  const next = nonBlank.find((j) => j > first);
  const setApart = lines[first + 1] === '' || (next !== undefined && (isMetaLine(lines[next]!) || DATE_LINE.test(lines[next]!)));
  return setApart ? first : undefined;
}

const FRONT_MATTER_LINES = 4;
export const TITLE_WITH_DATE = /^(.{4,}?)\s*([（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[）)])$/;
/** "在全市…工作会议上的讲话": a meeting, then what was said there. */
const CLASSIC_TITLE = /在[^。]{2,40}(?:会|仪式|典礼|座谈|活动|论坛|培训班|开班式|启动式|年会|大会)[^。]{0,6}的(?:讲话|致辞|致词|发言|报告|讲稿|主持词|演讲|动员讲话|总结讲话)/;
/** Banner and column lines of resellers: separators, lists of kinds, collection words. */
const BANNER_TITLE = /[·｜|◆★]|专辑|合集|精选|更新|会员|专享|订阅|[^、]{1,6}、[^、]{1,6}、/;
/** How long a line above the title may be and still be the page's, not the speech's. */
const ABOVE_TITLE_LINE = 60;
/** "2024年5月20日", "（2023年9月15日）", "2024-05-20" alone on a line. */
const DATE_LINE = /^[（(]?\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2})[）)]?$/;

const META_RULES = LINE_RULES.filter((r) => r.reason === 'meta');

/** A line some meta rule reads as the site's publishing details, wherever it stands. */
function isMetaLine(line: string): boolean {
  const length = charLength(line);
  return META_RULES.some((r) => length <= r.maxLength && r.pattern.test(line));
}

/** A subtitle, speaker or date line between a title and the salutation. */
function isFrontMatter(line: string): boolean {
  return charLength(line) <= 60 && !/[。！？!?；;]/.test(line) && !SALUTATION.test(line);
}

export function isProse(line: string): boolean {
  return SALUTATION.test(line) || (/[。！？!?；;]/.test(line) && charLength(line) >= 12) || matchMarker(line) !== undefined;
}

/**
 * Above the speech's own title nothing of the speech stands: short lines there that no rule
 * named (a forum poster's "楼主参考着改改：", a pack's reference number) are the page's.
 * Prose above a title is left alone — the title may have been misread.
 */
export function markAboveTitle(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>, titleIndex: number): void {
  for (const i of nonBlank) {
    if (i >= titleIndex) break;
    if (!noise.has(i) && charLength(lines[i]!) <= ABOVE_TITLE_LINE && !/[。！？!?]/.test(lines[i]!)) noise.set(i, { reason: 'site-chrome', rule: 'site-chrome.above-title' });
  }
}

export function markDuplicateTitles(
  lines: readonly string[],
  nonBlank: readonly number[],
  noise: Map<number, Noise>,
  titleIndex: number | undefined,
  bodyStart: number,
  titleKey: string,
): void {
  // The repeat sits at the top of the body: above it, or within its first few blocks.
  const limit = nonBlank.find((i) => i >= bodyStart) ?? lines.length;
  const window = nonBlank.filter((i) => i <= limit + 3 || i < bodyStart).slice(0, TITLE_WINDOW + 4);
  for (const i of window) {
    if (i !== titleIndex && !noise.has(i) && compareKey(lines[i]!) === titleKey) noise.set(i, { reason: 'duplicate-title', rule: 'duplicate-title' });
  }
}

export function cleanPageTitle(pageTitle: string, brands: BrandMatcher): string {
  const text = normalizeText(pageTitle);
  // the brands are held folded (analyze.ts): look for them in the folded title, same offsets
  const spans = findWatermarkFragments(foldScript(text), brands);
  return normalizeText(removeSpans(text, spans));
}
