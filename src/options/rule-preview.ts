// What a user noise rule would take out of a page, shown before the rule is saved. It runs over
// the paragraphs the content script kept, i.e. the text still on the page after cleaning, with
// the core's own matcher, so the preview finds exactly what cleaning will cut.
import type { UserRule } from '../core/types';
import { compileUserRules, userRuleProblem } from '../core/user-rules';

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

/** Every place `rule` matches in `paragraphs`; an unusable rule (userRuleProblem) matches nothing. */
export function previewRule(rule: UserRule, paragraphs: readonly string[]): RulePreview {
  const compiled = userRuleProblem(rule) ? undefined : compileUserRules([rule])[0];
  if (!compiled) return { matches: [], spanCount: 0 };
  const matches: RuleMatch[] = [];
  paragraphs.forEach((text, paragraph) => {
    const spans = compiled.spans(text).map(({ start, end }) => ({ start, end }));
    if (spans.length === 0) return;
    matches.push({ paragraph, text, spans, whole: compiled.matchesWhole(text.trim()) });
  });
  return { matches, spanCount: matches.reduce((sum, m) => sum + m.spans.length, 0) };
}

/** Splits text pasted into the preview box into paragraphs, as the core would see blocks. */
export function paragraphsFromPastedText(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
