// Tables of contents a site builds from the speech's headings and prints above it: "目录/提纲:"
// and the heading lines under it, or a bare run of headings of several levels right above the
// title and the salutation. The speech's own headings (below its salutation) are never taken.
import { compiledPattern } from './rules/machine-code';
import { isSalutation } from './detect';
import { hasStop } from './stops';
import { matchMarker } from './markers';
import { charLength, compareKey } from './normalize';
import { stripTitleDecorations } from './title-decor';
import type { LineNoise as Noise } from './types';

/** "目录", "提纲：", "目录/提纲:……", "【文章目录】" */
const TOC_LABEL = /^[【\[]?(?:文章|本文|内容)?(?:目录|提纲|大纲)(?:\s*[/／、]\s*(?:目录|提纲|大纲))?[】\]]?\s*[:：]?\s*(?:…+|\.{2,}|-{2,})?$/;
/** "……" between the contents and the text. */
const ELLIPSIS_LINE = /^(?:…+|\.{3,}|。{3,}|-{3,}|—{2,})$/;
const ENTRY_LENGTH = 60;
/** How many lines may stand between a bare run of headings and the salutation (the title). */
const LINES_TO_SALUTATION = 2;
const MIN_BARE_RUN = 3;


const TOC: Noise = { reason: 'site-chrome', rule: 'site-chrome.toc' };

/** A heading line as a contents entry prints it: a marker, no sentence. Under a "目录/提纲" label a
 * contents list also prints the points under its headings ("一是领导重视的力度前所未有"). */
function isEntry(line: string, points = false): boolean {
  // the marker first: most lines open with none, and a line's first character tells
  const kind = matchMarker(line)?.family.kind;
  return (kind === 'heading' || (points && kind === 'point')) && charLength(line) <= ENTRY_LENGTH && !hasStop(line);
}

export function markTablesOfContents(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>): void {
  const salutationAt = nonBlank.findIndex((i) => isSalutation(lines[i]!));
  // Only above the speech's first salutation (or anywhere when the page shows none).
  const limit = salutationAt === -1 ? nonBlank.length : salutationAt;
  // the body's lines as keys, made only when a run of headings above the salutation is found
  let keys: ReadonlySet<string> | undefined;
  const laterKeys = (): ReadonlySet<string> => (keys ??= new Set(salutationAt === -1 ? [] : nonBlank.slice(salutationAt + 1).map((i) => compareKey(lines[i]!))));
  for (let k = 0; k < limit; k++) {
    const i = nonBlank[k]!;
    if (noise.has(i)) continue;
    const labelled = compiledPattern(TOC_LABEL).test(lines[i]!);
    if (!labelled && !isEntry(lines[i]!)) continue;
    // the run of entries (and "……" lines) from here
    let end = labelled ? k + 1 : k;
    const entries: number[] = [];
    while (end < limit) {
      const line = lines[nonBlank[end]!]!;
      if (isEntry(line, labelled)) entries.push(nonBlank[end]!);
      else if (!ELLIPSIS_LINE.test(line)) break;
      end++;
    }
    if (!labelled && !isBareContents(lines, entries, end, salutationAt, laterKeys)) {
      k = Math.max(k, end - 1);
      continue;
    }
    if (labelled && entries.length === 0) continue;
    for (let m = k; m < end; m++) noise.set(nonBlank[m]!, TOC);
    k = end - 1;
  }
}

/**
 * A run of headings with no label is a contents list when the speech's body repeats two of its
 * lines, or when it holds several levels (一、 and （一）) and only the title stands between it
 * and the salutation — a speech's own headings come after its salutation.
 */
function isBareContents(lines: readonly string[], entries: readonly number[], end: number, salutationAt: number, laterKeys: () => ReadonlySet<string>): boolean {
  const repeated = entries.length < 2 ? 0 : entries.filter((i) => laterKeys().has(compareKey(lines[i]!))).length;
  if (repeated >= 2) return true;
  if (entries.length < MIN_BARE_RUN || salutationAt === -1 || salutationAt - end > LINES_TO_SALUTATION) return false;
  const families = new Set(entries.map((i) => matchMarker(lines[i]!)!.family.id));
  return families.size >= 2;
}

/** A page number glued between two flattened contents entries ("…(市委常委班子)22018年度…"). */
const GLUED_PAGE_NUMBER = /[\u4e00-\u9fff)）]\d/g;
const MIN_GLUED_ENTRIES = 3;

/**
 * Another document's contents flattened onto one line, wherever it stands ("目录2018年度民主生活会主持词
 * (市委常委班子)22018年度…(县委常委班子)10…", a pack's next file after the speech's cut): its titles
 * run together with their page numbers, no sentence among them. The collection's name right above
 * it ("民主生活会主持词10篇") is its heading.
 */
export function markFlattenedContents(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>): void {
  for (let k = 0; k < nonBlank.length; k++) {
    const i = nonBlank[k]!;
    const line = lines[i]!;
    if (!line.startsWith('目录') || noise.has(i) || hasStop(line)) continue;
    if ((line.match(GLUED_PAGE_NUMBER)?.length ?? 0) < MIN_GLUED_ENTRIES) continue;
    noise.set(i, TOC);
    const above = nonBlank[k - 1];
    if (above !== undefined && !noise.has(above) && isCollectionHeading(lines[above]!)) noise.set(above, TOC);
  }
}

function isCollectionHeading(line: string): boolean {
  return charLength(line) <= ENTRY_LENGTH && !/[。！？!?；;，,]/.test(line) && stripTitleDecorations(line).decorations.some((d) => d.rule.startsWith('title.collection-count'));
}

