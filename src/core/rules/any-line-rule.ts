// Every line rule as one alternation: a line none of them matches needs no rule-by-rule look.
// Case-insensitive for all, so it can only match more than the rules do, never less.
//
// One scan of this alternation is the most expensive regex work the engine does: the engine
// tries every rule at every position of the line. union-dispatch.ts answers the same from a
// table of the characters each rule can begin with (and needs), trying at each position only the
// rules that can begin there: about a sixth of the time per character. Building that table
// costs about what the alternation spends on 200,000 characters, so a process reads its first
// characters with the alternation (a page load or a one-file CLI call mostly stops there) and
// builds the table once it has read that much.
//
// One document asks about the same line again and again: the layout stage, each pass of the
// analysis, the fragment cutter, the notice peeler (and a second analysis without the
// speech-only rules). So while a document is analyzed the answers are remembered, line by line;
// `rememberingLineRuleAnswers` scopes that memory to one call.
import { LINE_RULES } from './line-rules';
import { compiledPattern } from './machine-code';
import { type Tester, unionTester } from './union-dispatch';

/** The rules' sources, each one alternative of the union (`(?:rule1)|(?:rule2)|…`, case-insensitive). */
export const LINE_RULE_SOURCES: readonly string[] = LINE_RULES.map((r) => r.pattern.source);

const ANY_LINE_RULE = new RegExp(LINE_RULE_SOURCES.map((s) => `(?:${s})`).join('|'), 'i');

/** Characters read with the alternation before the dispatch table is built (see above). */
const DISPATCH_AFTER_CHARS = 200_000;

let charsRead = 0;
let dispatched: Tester | undefined;

/** The longest line any rule takes (in characters). */
export const LONGEST_RULE = Math.max(...LINE_RULES.map((r) => r.maxLength));

let answers: Map<string, boolean> | undefined;

/** Whether some line rule's pattern may match somewhere in `line` (a necessary condition). */
export function mayMatchLineRule(line: string): boolean {
  const known = answers?.get(line);
  if (known !== undefined) return known;
  if (!dispatched && (charsRead += line.length) > DISPATCH_AFTER_CHARS) dispatched = unionTester(LINE_RULE_SOURCES, 'i');
  // the alternation is compiled straight to machine code: V8's bytecode step (its peephole pass
  // grows faster than the pattern) cost tens of milliseconds for it (machine-code.ts)
  const found = dispatched ? dispatched(line) : compiledPattern(ANY_LINE_RULE).test(line);
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
