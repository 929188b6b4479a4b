// The text-layout stage: before the line analysis, the source blocks are turned into the
// document's real paragraphs. Leaked markup and viewer chrome glued to the text are cut, page
// numbers go, hard-wrapped lines are joined, a document flattened onto one line gets its title
// split off. Every logical paragraph keeps the source stretches it is made of, so the analysis's
// verdicts come back to the source blocks with exact offsets (the page is cleaned, and undone,
// block by block). Pure: no DOM, no browser API.
import { charLength, hasCollapsedSpaces, isChineseText, isVisible, normalizeText, normalizeWithMap, type NormalizedText } from '../normalize';
import { mapChanged } from '../map-changed';
import { removeSpans } from '../remove-spans';
import { foldScript } from '../script/fold';
import type { BlockVerdict, Cut, Removed, RemovedReason, SourceBlock } from '../types';
import { findGluedHiddenWords } from '../glued-debris';
import { findFlattenedSplits, FLATTENED_READ } from './flattened';
import { wrapsOf } from './hard-wraps';
import { findMarkdownBold, findMarkdownHeading } from './markdown';
import { findLeakedTags, type MarkupTag } from './markup';
import { findLeakedStylesheet } from './stylesheet';
import { breaksMidSentence, findPageRuns, opensViewerPage, PAGE_NUMBER_LINE } from './page-numbers';
import { matchMarker } from '../markers';
import { isEmptyUnit, segmentOffsets, sliceUnit, sourceRanges, unitText, type LayoutCut, type Unit } from './units';
import { GLUED_CHROME_HINT, GLUED_CHROME_RULES, GLUED_TAIL, whereRuleLooks } from './glued-chrome';
import { allMatches } from '../rules/all-matches';
import { compiledPattern } from '../rules/machine-code';

/** How many paragraphs at the head may be a flattened document's first line. */
const FLATTENED_HEAD = 8;

export interface Layout {
  /** the logical paragraphs, in order (blank source lines stay blank paragraphs) */
  blocks: SourceBlock[];
  /** what the layout stage took out, in page order */
  removed: Removed[];
  /** the analysis's verdicts on `blocks`, handed back to the source blocks */
  mapVerdicts(verdicts: readonly BlockVerdict[]): BlockVerdict[];
}

/**
 * A line of the layout. Until the stage cuts, splits or joins it, a line is its source block
 * whole and has no unit of its own: most lines of most documents are never touched, and a
 * document of 200,000 short lines would otherwise carry four objects per line through every
 * pass (the line, its unit, the unit's segment list and its one segment).
 */
interface Line {
  /** the source block the line is, whole, while it has no unit */
  block: number;
  /** the stretches of source blocks the line is made of, once the stage changed it */
  unit?: Unit;
  /** a blank source line: a paragraph separator, never joined or cut */
  blank: boolean;
  /** the unit's text (kept until the unit changes: a line joined from 8,000 blocks is read by several steps) */
  text?: string;
  /** the unit's text, normalized (kept until the unit changes) */
  normalized?: NormalizedText;
  /** the unit's text with white space collapsed, for decisions */
  plain?: string;
  /** something was cut from it: it may be empty now */
  cut?: boolean;
  /** it opens where a trial copy's fold stood: no wrap joins it to the line before */
  afterFold?: boolean;
}

/** `lines` without the blank lines that follow one of `breaks` (up to the next line with text), in one pass. */
function withoutGapsAfter(lines: readonly Line[], breaks: ReadonlySet<Line>): Line[] {
  let lastFilled: Line | undefined;
  return lines.filter((line) => {
    if (!line.blank) lastFilled = line;
    return !line.blank || lastFilled === undefined || !breaks.has(lastFilled);
  });
}

/** A line with anything but white space and invisible characters in it. */
const VISIBLE = /[^\s\u200B-\u200F\u2060\uFEFF\u00AD]/;
const SPACE = /\s/;
const SPACE_RUNS = /\s+/g;
/** What any kind of leaked markup (leakedMarkup) holds one of. */
const MARKUP_HINT = /[<{藏]|\*\*|^#{1,6} /;
const OPENS_WITH_DIGIT = /^\s*\d/;
/** Every page number line holds a digit (folding and squeezing spaces leave digits alone). */
const DIGIT = /\d/;
/** A page number line is short ("第 1 页 共 5 页"). */
const PAGE_NUMBER_MAX = 20;

/** A page's last line that a page number on a line of its own cut off mid-word: a line of text
 * that runs to the page's end on a character, the next page going on with one, not with a
 * heading ("…新项目, 增" / "1" / "量做大也离不开新项目…"). */
function stopsMidWord(text: string, next: string): boolean {
  return charLength(text) >= MID_WORD_LINE && CJK_AT_END.test(text) && CJK_AT_START.test(next) && matchMarker(next) === undefined;
}
const MID_WORD_LINE = 40;
/** A page's number glued after a line's last ideograph, a space between (layoutBlocks checks the next line goes on). */
const GLUED_PAGE_NUMBER = /(?<=[\u4e00-\u9fff])\s{1,3}\d{1,3}$/;
const CJK_AT_END = /[\u4e00-\u9fff]$/;
const CJK_AT_START = /^[\u4e00-\u9fff]/;

/** The layout of the blocks, or undefined when they are the document's paragraphs already. */
export function layoutBlocks(blocks: readonly SourceBlock[]): Layout | undefined {
  const raw = blocks.map((b) => b.text);
  if (!isChineseText(leadingText(raw))) return undefined;
  // Leaked markup, Markdown bold marks, a leaked stylesheet: the tags go, block-level ones break the paragraph.
  const { html, markdown, css, folds } = leakedMarkup(raw);
  // Without them, a first look at the source text alone tells whether anything can change (most
  // documents lose nothing here): then no line object is made at all.
  const look = html || markdown || css || folds ? {} : firstLook(blocks, raw);
  if (!look) return undefined;
  const cuts: LayoutCut[] = [];
  let changed = false;
  /** a line was cut since the emptied ones were last dropped */
  let cutSinceDrop = false;
  let lines: Line[] = blocks.map((b, i) => ({ block: i, blank: !isVisible(b.text) }));
  const textOf = (line: Line): string => lineText(line, raw);
  const unitOf = (line: Line): Unit => lineUnit(line, blocks);
  // Decisions read a plain copy of each line (white space collapsed, no offsets kept, folded to
  // simplified script); a cut reads the normalized text with its offset map (folding keeps
  // offsets), made only for the lines that need one.
  const plain = (line: Line): string => (line.blank ? '' : (line.plain ??= foldScript(plainText(textOf(line)))));
  // The plain copy of as much of a line as the flattened-title check reads (FLATTENED_READ):
  // the plain copy of a long line's head starts the same as the whole line's, once it is that long.
  const plainHead = (line: Line): string => {
    const t = textOf(line);
    if (line.plain !== undefined || t.length <= 2 * FLATTENED_READ) return plain(line);
    const head = foldScript(plainText(t.slice(0, 2 * FLATTENED_READ)));
    return head.length >= FLATTENED_READ ? head : plain(line);
  };
  const view = (line: Line): NormalizedText => (line.normalized ??= normalizeWithMap(textOf(line)));
  const cut = (line: Line, n: NormalizedText, from: number, to: number, reason: RemovedReason, rule: string): void => {
    const unit = unitOf(line);
    const length = unitText(unit, raw).length;
    const start = n.rawIndexOf(from);
    const end = to < n.text.length ? n.rawIndexOf(to) : length;
    for (const r of sourceRanges(unit, start, end)) cuts.push({ ...r, reason, rule });
    line.unit = { segments: [...sliceUnit(unit, 0, start).segments, ...sliceUnit(unit, end, length).segments], heading: unit.heading };
    line.text = undefined;
    line.normalized = undefined;
    line.plain = undefined;
    line.cut = true;
    changed = true;
    cutSinceDrop = true;
  };
  // a pass over every line only when something was cut (most documents lose nothing here)
  const dropCutEmpty = (): void => {
    if (cutSinceDrop) lines = dropEmptied(lines, raw);
    cutSinceDrop = false;
  };

  if (html || markdown || css || folds) {
    lines = lines.flatMap((line) => {
      if (line.blank) return [line];
      const t = textOf(line);
      const tags = html ? findLeakedTags(t) : [];
      const marks = [...(markdown ? [...findMarkdownHeading(t), ...findMarkdownBold(t)] : []), ...(css ? findLeakedStylesheet(t) : []), ...(folds && t.includes('藏') ? foldsInside(t) : [])];
      const all = marks.length ? [...tags, ...marks].sort((a, b) => a.start - b.start) : tags;
      return all.length ? splitAtTags(line.block, unitOf(line), all, raw, cuts) : [line];
    });
    if (cuts.length) changed = true;
    lines = dropEmptied(lines, raw);
  }

  const cutGluedChrome = (): void => {
    for (const line of lines) {
      if (line.blank) continue;
      const source = textOf(line);
      if (!compiledPattern(GLUED_CHROME_HINT).test(source)) continue;
      // the plain line (as it was before any rule cut) tells whether a rule can match at all; the cut reads the exact offsets
      let text: string | undefined;
      for (const rule of GLUED_CHROME_RULES) {
        if (!rule.hint.test(source)) continue;
        text ??= plain(line);
        const pattern = compiledPattern(rule.pattern); // each reads many lines (rules/machine-code.ts)
        if (rule.at === 'anywhere') {
          if (!pattern.test(text)) continue;
          // cut from the last match back, so earlier offsets still hold
          const n = view(line);
          const found = allMatches(pattern, foldScript(n.text)).filter((m) => m[0].trim()).reverse();
          for (const m of found) cut(line, n, m.index, m.index + m[0].length, rule.reason, rule.id);
          continue;
        }
        if (!pattern.test(whereRuleLooks(rule, text))) continue;
        const n = view(line);
        // chrome glued after the text is looked for at the end only
        const from = rule.at === 'end' ? Math.max(0, n.text.length - GLUED_TAIL) : 0;
        const m = pattern.exec(foldScript(from ? n.text.slice(from) : n.text));
        if (!m || !m[0].trim()) continue;
        cut(line, n, from + m.index, from + m.index + m[0].length, rule.reason, rule.id);
        // what the cut lays bare at that end may be chrome too ("发表时间:… 国旗下讲话:(2017年9月4日) …")
        text = undefined;
      }
    }
    dropCutEmpty();
  };

  // A first look that read every source line found none a page number, a viewer page's number
  // or glued chrome changes (firstLook asks what these steps ask): only its wraps are left.
  if (!look.wraps) {
    // Page numbers: lines of their own, and the numbers that open a viewer's pages (before the
    // chrome a page prints after its number: "1、精品文档,欢迎下载…").
    // (the text line before each, which the page break may have stopped mid-word: "…新项目, 增" / "1" / "量做大…")
    // (two numbers in a row are no page break: a date printed a number to a line, "02" / "12")
    const beforePageNumbers: Line[] = [];
    let lastText: Line | undefined;
    let numbersInRow = 0;
    for (const line of lines) {
      if (line.blank) continue;
      const t = textOf(line);
      if (t.length <= 3 * PAGE_NUMBER_MAX && DIGIT.test(t) && compiledPattern(PAGE_NUMBER_LINE).test(plain(line))) {
        cut(line, view(line), 0, view(line).text.length, 'site-chrome', 'site-chrome.page-number');
        if (++numbersInRow === 1 && lastText) beforePageNumbers.push(lastText);
        else if (numbersInRow === 2 && lastText && beforePageNumbers[beforePageNumbers.length - 1] === lastText) beforePageNumbers.pop();
      } else {
        lastText = line;
        numbersInRow = 0;
      }
    }
    dropCutEmpty();
    // only a line opening with a digit can open a page ("-" keeps the others non-blank)
    const pageRuns = findPageRuns(lines.map((l) => (l.blank ? '' : OPENS_WITH_DIGIT.test(textOf(l)) ? plain(l) : '-'))).map((run) =>
      run.map((start) => {
        const line = lines[start.line]!;
        cut(line, view(line), 0, start.length, 'site-chrome', 'site-chrome.page-number');
        return line;
      }),
    );
    // Viewer chrome glued before or after the text.
    cutGluedChrome();
    // A page's number glued after its last words, the page break inside a word ("…良知的集 1" / "体表现,…").
    cutGluedPageNumbers(beforePageNumbers);

    // Pages that break mid-sentence are joined, then hard-wrapped lines (the page breaks no
    // longer count as lines that stop mid-clause).
    const at = beforePageNumbers.length ? new Map(lines.map((line, i) => [line, i])) : undefined;
    const pageBreaks = new Set<Line>(
      beforePageNumbers.filter((line) => {
        const i = at!.get(line);
        const next = i === undefined ? undefined : nextText(i);
        return next !== undefined && stopsMidWord(plain(line), plain(next));
      }),
    );
    for (const run of pageRuns) {
      for (let k = 1; k < run.length; k++) if (lines.includes(run[k]!) && breaksMidSentence(plain(run[k - 1]!))) pageBreaks.add(run[k - 1]!);
    }
    // the viewer's gap between two pages is no paragraph break: the blank lines after a page that
    // breaks mid-sentence go before the join
    if (pageBreaks.size) lines = withoutGapsAfter(lines, pageBreaks);
    lines = joinLines(lines, pageBreaks);
  }
  // nothing cut or joined so far: the lines are the source's, as the first look read them
  const wraps = !changed && look.wraps ? look.wraps : wrapsOf(lines.map((l) => (l.blank ? '' : textOf(l).trim())));
  if (wraps) {
    const goesOn = new Set(lines.filter((_, i) => wraps[i]));
    // a line of a double-spaced column goes on past the blank line after it (hard-wraps.ts): the blank goes
    lines = joinLines(withoutGapsAfter(lines, goesOn), goesOn);
  }

  // A flattened document's first line: its title pieces split off (only the head is read, and
  // the list is copied only when a line splits).
  for (let i = 0, head = 0; i < lines.length && head < FLATTENED_HEAD; i++) {
    const line = lines[i]!;
    if (line.blank || (head++, isHeading(line, blocks))) continue;
    if (!findFlattenedSplits(plainHead(line)).length) continue;
    const n = view(line);
    const splits = findFlattenedSplits(foldScript(n.text.slice(0, FLATTENED_READ)));
    if (!splits.length) continue;
    changed = true;
    const unit = unitOf(line);
    const bounds = [0, ...splits.map((s) => n.rawIndexOf(s)), unitText(unit, raw).length];
    const pieces = bounds.slice(1).map((end, k) => ({ block: line.block, unit: sliceUnit(unit, bounds[k]!, end), blank: false }));
    lines = [...lines.slice(0, i), ...pieces, ...lines.slice(i + 1)];
    i += pieces.length - 1;
  }

  if (!changed) return undefined;
  return buildLayout(blocks, raw, lines, cuts);

  /** The first line with text after line `i`, or undefined. */
  function nextText(i: number): Line | undefined {
    while (++i < lines.length) if (!lines[i]!.blank) return lines[i];
    return undefined;
  }

  /** Cuts a page number glued after a line's last ideograph when the next line goes on with the
   * word it broke; the line joins the pages that break mid-word (`breaks`). */
  function cutGluedPageNumbers(breaks: Line[]): void {
    let cutOne = false;
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k]!;
      if (line.blank || !GLUED_PAGE_NUMBER.test(textOf(line))) continue;
      const next = nextText(k);
      if (next === undefined || !stopsMidWord(plain(line).replace(GLUED_PAGE_NUMBER, ''), plain(next))) continue;
      const n = view(line);
      const m = GLUED_PAGE_NUMBER.exec(n.text);
      if (!m) continue;
      cut(line, n, m.index, n.text.length, 'site-chrome', 'site-chrome.page-number');
      breaks.push(line);
      cutOne = true;
    }
    if (cutOne) dropCutEmpty();
  }

  /** Each line in `goesOn` is joined with the line after it (never across a blank line or a heading). */
  function joinLines(from: Line[], goesOn: ReadonlySet<Line>): Line[] {
    if (!goesOn.size) return from;
    const joined: Line[] = [];
    from.forEach((line, i) => {
      const before = from[i - 1];
      const previous = joined[joined.length - 1];
      if (before && previous && goesOn.has(before) && !line.afterFold && !isHeading(line, blocks) && !isHeading(before, blocks) && !line.blank && !before.blank) {
        // previous's unit is this function's own copy: appended to in place (copying it at each
        // join made a run of n wrapped lines cost n², 10,000 nested one-line <div>s 2 s)
        const into = unitOf(previous);
        for (const segment of unitOf(line).segments) into.segments.push(segment);
        into.heading = false;
        previous.text = undefined;
        previous.normalized = undefined;
        previous.plain = undefined;
        changed = true;
      } else {
        const copy: Line = line.unit ? { block: line.block, unit: { ...line.unit, segments: [...line.unit.segments] }, blank: line.blank } : { block: line.block, blank: line.blank };
        if (line.afterFold) copy.afterFold = true;
        joined.push(copy);
      }
    });
    return joined;
  }
}

/**
 * Which kinds of leaked markup the lines hold: tags, Markdown bold marks, a stylesheet, and a
 * trial copy's fold glued between two stretches of text ("1、通过连通 ……此处隐藏3785个字……、建立…"):
 * what stands on either side was never one paragraph (藏 is the same in both scripts).
 * (Its own small function: a per-line loop in a long one runs slowly until all of it is compiled.)
 */
function leakedMarkup(raw: readonly string[]): { html: boolean; markdown: boolean; css: boolean; folds: boolean } {
  let html = false;
  let markdown = false;
  let css = false;
  let folds = false;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    if (!MARKUP_HINT.test(t)) continue; // one look at most lines instead of four
    html ||= t.includes('<');
    markdown ||= t.includes('**') || t.startsWith('#');
    css ||= t.includes('{');
    folds ||= t.includes('藏') && foldsInside(t).length > 0;
  }
  return { html, markdown, css, folds };
}

/**
 * What the stage can do to the source lines, read on their text alone (no leaked markup): undefined
 * when nothing can change — no page number, no line opening a viewer's page, no glued chrome's
 * words, no flattened title at the head, no wrap. Otherwise the wraps, when the look got that far
 * (they hold as long as the stage cut nothing before joining).
 */
function firstLook(blocks: readonly SourceBlock[], raw: readonly string[]): { wraps?: boolean[] } | undefined {
  let head = 0;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    if (isVisible(t) && lineMayChange(t, head < FLATTENED_HEAD && (head++, !blocks[i]!.heading))) return {};
  }
  const wraps = wrapsOf(mapChanged(raw, (t) => (isVisible(t) ? t.trim() : '')));
  return wraps ? { wraps } : undefined;
}

/**
 * Whether the layout may change a visible source line: a page number, a viewer page's opening,
 * chrome a rule finds glued to it, a flattened document's head. Its plain copy is made once, and
 * only when a check needs it. (A function of its own: firstLook's loop stays small, see leakedMarkup.)
 */
function lineMayChange(t: string, flattenedHead: boolean): boolean {
  let plain: string | undefined;
  if (DIGIT.test(t)) {
    plain = foldScript(plainText(t));
    if (t.length <= 3 * PAGE_NUMBER_MAX && compiledPattern(PAGE_NUMBER_LINE).test(plain)) return true;
    if (OPENS_WITH_DIGIT.test(t) && opensViewerPage(plain)) return true;
    if (GLUED_PAGE_NUMBER.test(t)) return true;
  }
  // a hint is not a cut: the document changes only when a rule matches where it looks
  if (compiledPattern(GLUED_CHROME_HINT).test(t) && gluedChromeMayCut(t, () => (plain ??= foldScript(plainText(t))))) return true;
  return flattenedHead && findFlattenedSplits(plain ?? foldScript(plainText(t))).length > 0;
}

/** Whether a glued-chrome rule whose words line `t` holds matches its plain copy where it looks (each cut needs one). */
function gluedChromeMayCut(t: string, plain: () => string): boolean {
  for (const rule of GLUED_CHROME_RULES) {
    if (!rule.hint.test(t)) continue;
    const pattern = compiledPattern(rule.pattern);
    const found = pattern.test(whereRuleLooks(rule, plain()));
    pattern.lastIndex = 0; // the 'anywhere' rules are global
    if (found) return true;
  }
  return false;
}

/** The rule a trial copy's fold is cut by (glued-debris.ts): the text on its two sides is two paragraphs. */
const FOLD_RULE = 'paywall.glued-hidden-words';

/** A trial copy's folds with text on both sides, as breaks (a fold alone on its line is a line rule's). */
function foldsInside(text: string): MarkupTag[] {
  return findGluedHiddenWords(foldScript(text))
    .filter((f) => isVisible(text.slice(0, f.start)) && isVisible(text.slice(f.end)))
    .map((f) => ({ start: f.start, end: f.end, block: true, reason: f.reason, rule: f.rule }));
}

/** A line's text pieces between leaked tags: block-level tags start a new line. */
function splitAtTags(block: number, unit: Unit, tags: readonly MarkupTag[], raw: readonly string[], cuts: LayoutCut[]): Line[] {
  const text = unitText(unit, raw);
  const pieces: Line[] = [];
  let current: Unit = { segments: [], heading: unit.heading };
  let afterFold = false;
  let at = 0;
  for (const tag of tags) {
    current.segments.push(...sliceUnit(unit, at, tag.start).segments);
    for (const r of sourceRanges(unit, tag.start, tag.end)) cuts.push({ ...r, reason: tag.reason ?? 'site-chrome', rule: tag.rule ?? 'site-chrome.markup' });
    if (tag.block) {
      pieces.push({ block, unit: current, blank: false, cut: true, ...(afterFold ? { afterFold } : {}) });
      current = { segments: [], heading: unit.heading };
      afterFold = tag.rule === FOLD_RULE;
    }
    at = tag.end;
  }
  current.segments.push(...sliceUnit(unit, at, text.length).segments);
  pieces.push({ block, unit: current, blank: false, cut: true, ...(afterFold ? { afterFold } : {}) });
  return pieces;
}

/** A line's text: its source block's, or its unit's once it has one. */
function lineText(line: Line, raw: readonly string[]): string {
  return line.unit ? (line.text ??= unitText(line.unit, raw)) : raw[line.block]!;
}

/** A line's unit, made (once) when the stage first changes or reads it stretch by stretch. */
function lineUnit(line: Line, blocks: readonly SourceBlock[]): Unit {
  return (line.unit ??= { segments: [{ block: line.block, start: 0, end: blocks[line.block]!.text.length }], heading: !!blocks[line.block]!.heading });
}

function isHeading(line: Line, blocks: readonly SourceBlock[]): boolean {
  return line.unit ? line.unit.heading : !!blocks[line.block]!.heading;
}

/** White space collapsed and trimmed, as normalization would have it (near enough to decide on). */
function plainText(text: string): string {
  return SPACE.test(text) && !hasCollapsedSpaces(text) ? text.replace(SPACE_RUNS, ' ').trim() : text;
}

/** Enough of the text to tell its language. */
function leadingText(raw: readonly string[]): string {
  let text = '';
  for (const line of raw) {
    text += line + '\n';
    if (text.length > 20000) break;
  }
  return text;
}

/** Lines that cutting left empty are gone (their source keeps a noise verdict). */
function dropEmptied(lines: Line[], raw: readonly string[]): Line[] {
  return lines.filter((l) => l.blank || !l.cut || !l.unit || (!isEmptyUnit(l.unit) && normalizeText(unitText(l.unit, raw)) !== ''));
}

function buildLayout(blocks: readonly SourceBlock[], raw: readonly string[], lines: readonly Line[], cuts: readonly LayoutCut[]): Layout {
  const sorted = [...cuts].sort((a, b) => a.block - b.block || a.start - b.start);
  // one entry per stretch: "</p><p class=…>" between two paragraphs is one thing taken out
  const stretches: LayoutCut[] = [];
  for (const c of sorted) {
    const last = stretches[stretches.length - 1];
    if (last && last.block === c.block && last.rule === c.rule && !VISIBLE.test(raw[c.block]!.slice(last.end, c.start))) last.end = Math.max(last.end, c.end);
    else stretches.push({ ...c });
  }
  const removed: Removed[] = stretches
    .map((c) => ({ text: normalizeText(raw[c.block]!.slice(c.start, c.end)), reason: c.reason, rule: c.rule }))
    .filter((r) => r.text);
  const logical = lines.map((l) => (isHeading(l, blocks) ? { text: lineText(l, raw), heading: true } : { text: lineText(l, raw) }));
  return {
    blocks: logical,
    removed,
    mapVerdicts: (verdicts) => mapVerdicts(blocks, raw, lines, sorted, verdicts),
  };
}

/** The roles a block's pieces have, as bits (one small object per block, no set or list). */
const TITLE_PIECE = 1;
const BODY_PIECE = 2;

interface BlockPieces {
  cuts: Cut[];
  roles: number;
  /** why the first of its pieces that went, went */
  noiseReason?: RemovedReason;
  /** the logical paragraph that is this whole block and nothing else, if any */
  whole?: number;
  pieces: number;
}

function mapVerdicts(
  blocks: readonly SourceBlock[],
  raw: readonly string[],
  lines: readonly Line[],
  layoutCuts: readonly LayoutCut[],
  verdicts: readonly BlockVerdict[],
): BlockVerdict[] {
  const acc: BlockPieces[] = blocks.map(() => ({ cuts: [], roles: 0, pieces: 0 }));
  const cutBlocks = new Set(layoutCuts.map((c) => c.block));
  for (const c of layoutCuts) {
    acc[c.block]!.cuts.push({ start: c.start, end: c.end, reason: c.reason });
    acc[c.block]!.noiseReason ??= c.reason;
  }
  lines.forEach((line, index) => {
    const verdict = verdicts[index];
    if (!verdict || line.blank) return;
    const unit = lineUnit(line, blocks);
    const segments = unit.segments;
    const offsets = segmentOffsets(unit);
    if (segments.length === 1 && segments[0]!.start === 0 && segments[0]!.end === raw[segments[0]!.block]!.length) acc[segments[0]!.block]!.whole = index;
    // Segments run left to right, and so do the cuts (in the order the analysis gave them, when
    // that is by start): the cuts a segment meets begin where the last segment's left off. A
    // line joined from thousands of blocks with a cut in each is then linear, not their product.
    const cuts = verdict.cuts;
    const inOrder = cuts.every((c, j) => j === 0 || cuts[j - 1]!.start <= c.start);
    let first = 0;
    segments.forEach((s, k) => {
      const into = acc[s.block]!;
      into.pieces++;
      if (verdict.role === 'noise') {
        into.cuts.push({ start: s.start, end: s.end, reason: verdict.reason ?? 'site-chrome' });
        into.noiseReason ??= verdict.reason ?? 'site-chrome';
        return;
      }
      if (verdict.role === 'title') into.roles |= TITLE_PIECE;
      else if (verdict.role === 'body') into.roles |= BODY_PIECE;
      const from = offsets[k]!;
      const to = from + (s.end - s.start);
      if (inOrder) while (first < cuts.length && cuts[first]!.end <= from) first++;
      for (let j = inOrder ? first : 0; j < cuts.length; j++) {
        const c = cuts[j]!;
        if (inOrder && c.start >= to) break;
        const a = Math.max(c.start, from);
        const b = Math.min(c.end, to);
        if (b > a) into.cuts.push({ start: s.start + (a - from), end: s.start + (b - from), reason: c.reason });
      }
    });
  });
  return blocks.map((block, i) => {
    const into = acc[i]!;
    // untouched by the layout: the analysis's own verdict
    if (into.whole !== undefined && into.pieces === 1 && !cutBlocks.has(i)) return verdicts[into.whole]!;
    if (into.roles === 0) {
      if (normalizeText(block.text) === '') return { role: 'blank', cuts: [], text: '' };
      return { role: 'noise', reason: into.noiseReason ?? 'site-chrome', cuts: [], text: '' };
    }
    const merged = mergeCuts(into.cuts);
    return { role: into.roles & BODY_PIECE ? 'body' : 'title', cuts: merged, text: normalizeText(removeSpans(block.text, merged)) };
  });
}

/** Sorted, overlapping or touching cuts merged; the first one names the reason. */
function mergeCuts(cuts: readonly Cut[]): Cut[] {
  const sorted = [...cuts].filter((c) => c.end > c.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Cut[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.start <= last.end) last.end = Math.max(last.end, c.end);
    else out.push({ ...c });
  }
  return out;
}

