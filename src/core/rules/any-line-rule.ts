// Every line rule as one alternation: a line none of them matches needs no rule-by-rule look.
// Case-insensitive for all, so it can only match more than the rules do, never less.
//
// One scan of this alternation is the most expensive regex work the engine does (every rule
// is tried at every position), and one document asks about the same line again and again: the
// layout stage, each pass of the analysis, the fragment cutter, the notice peeler (and a second
// analysis without the speech-only rules). So while a document is analyzed the answers are
// remembered, line by line; `rememberingLineRuleAnswers` scopes that memory to one call.
import { LINE_RULES } from './line-rules';

const ANY_LINE_RULE = new RegExp(LINE_RULES.map((r) => `(?:${r.pattern.source})`).join('|'), 'i');

/** The longest line any rule takes (in characters). */
export const LONGEST_RULE = Math.max(...LINE_RULES.map((r) => r.maxLength));

/**
 * V8 runs a regex's first match on bytecode and compiles it to machine code for the next one.
 * For this alternation the bytecode step is the costly one (its peephole pass grows faster than
 * the pattern: tens of milliseconds, more than the whole analysis of a short speech), while a
 * first match on a subject of 1000 characters or more is compiled to machine code at once. So
 * the alternation's first match is on such a subject (one of CJK text, the kind of string the
 * lines are); only the time changes, never an answer.
 */
const LONG_FIRST_SUBJECT = '\u3000'.repeat(1000);
let compiled = false;

let answers: Map<string, boolean> | undefined;

/** Whether some line rule's pattern may match somewhere in `line` (a necessary condition). */
export function mayMatchLineRule(line: string): boolean {
  const known = answers?.get(line);
  if (known !== undefined) return known;
  if (!compiled) {
    ANY_LINE_RULE.test(LONG_FIRST_SUBJECT);
    compiled = true;
  }
  const found = ANY_LINE_RULE.test(line);
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
