// Every line rule as one alternation: a line none of them matches needs no rule-by-rule look.
// Case-insensitive for all, so it can only match more than the rules do, never less.
//
// One scan of this alternation is the most expensive regex work the engine does (every rule
// is tried at every position), and one document asks about the same line again and again: the
// layout stage, each pass of the analysis, the fragment cutter, the notice peeler (and a second
// analysis without the speech-only rules). So while a document is analyzed the answers are
// remembered, line by line; `rememberingLineRuleAnswers` scopes that memory to one call.
import { LINE_RULES } from './line-rules';
import { compiledPattern } from './machine-code';

const ANY_LINE_RULE = new RegExp(LINE_RULES.map((r) => `(?:${r.pattern.source})`).join('|'), 'i');

/** The longest line any rule takes (in characters). */
export const LONGEST_RULE = Math.max(...LINE_RULES.map((r) => r.maxLength));

let answers: Map<string, boolean> | undefined;

/** Whether some line rule's pattern may match somewhere in `line` (a necessary condition). */
export function mayMatchLineRule(line: string): boolean {
  const known = answers?.get(line);
  if (known !== undefined) return known;
  // compiled straight to machine code: for this alternation V8's bytecode step (its peephole
  // pass grows faster than the pattern) cost tens of milliseconds, more than the analysis of a
  // short speech (machine-code.ts)
  const found = compiledPattern(ANY_LINE_RULE).test(line);
  answers?.set(line, found);
  return found;
}

/** Runs `work` (synchronous) with the answers of `mayMatchLineRule` remembered until it returns. */
export function rememberingLineRuleAnswers<T>(work: () => T): T {
  if (answers) return work();
  answers = new Map();
  try {
    return work();
  } finally {
    answers = undefined;
  }
}
