// What a user noise rule would take out of a page, shown before the rule is saved. It runs over
// the paragraphs the content script kept, i.e. the text still on the page after cleaning.
import type { UserRule } from '../core/types';
import { userRuleError } from '../shared/settings';

export interface RuleMatch {
  /** index into the paragraphs given */
  paragraph: number;
  text: string;
  /** matched spans, in order, non-overlapping */
  spans: { start: number; end: number }[];
  /** the rule matches the whole paragraph (surrounding spaces aside) */
  whole: boolean;
}

export interface RulePreview {
  matches: RuleMatch[];
  /** total matched spans over all paragraphs */
  spanCount: number;
}

/** Every place `rule` matches in `paragraphs`; an unusable rule (userRuleError) matches nothing. */
export function previewRule(rule: UserRule, paragraphs: readonly string[]): RulePreview {
  if (userRuleError(rule)) return { matches: [], spanCount: 0 };
  const matches: RuleMatch[] = [];
  paragraphs.forEach((text, paragraph) => {
    const spans = rule.regex ? regexSpans(rule.pattern, text) : textSpans(rule.pattern, text);
    if (spans.length === 0) return;
    const trimmedStart = text.length - text.trimStart().length;
    const trimmedEnd = text.trimEnd().length;
    const whole = spans.length === 1 && spans[0]!.start <= trimmedStart && spans[0]!.end >= trimmedEnd;
    matches.push({ paragraph, text, spans, whole });
  });
  return { matches, spanCount: matches.reduce((sum, m) => sum + m.spans.length, 0) };
}

function textSpans(pattern: string, text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + pattern.length)) {
    spans.push({ start: at, end: at + pattern.length });
  }
  return spans;
}

function regexSpans(pattern: string, text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const re = new RegExp(pattern, 'gu');
  for (const m of text.matchAll(re)) {
    // userRuleError refuses patterns that match empty text, but "a*" can still match empty
    // between letters: such a match removes nothing, so it is not shown
    if (m[0].length > 0) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** Splits text pasted into the preview box into paragraphs, as the core would see blocks. */
export function paragraphsFromPastedText(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
