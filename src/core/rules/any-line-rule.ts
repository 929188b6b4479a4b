// Every line rule as one alternation: a line none of them matches needs no rule-by-rule look.
// Case-insensitive for all, so it can only match more than the rules do, never less.
//
// One scan of this alternation is the most expensive regex work the engine does (every rule
// is tried at every position), and one document asks about the same line again and again: the
// layout stage, each pass of the analysis, the fragment cutter, the notice peeler (and a second
// analysis without the speech-only rules). So while a document is analyzed the answers are
// remembered, line by line; `rememberingLineRuleAnswers` scopes that memory to one call.
//
// The alternation is not run over every position either, once the process has shown that it
// reads a lot of text (a batch of files, a bench): at most positions of a speech paragraph no
// rule's match can begin, so the scan tries it (sticky) only at position 0 and where the two
// characters that stand there can begin a match. first-chars.ts reads those pairs off the
// patterns; that costs about as much as scanning some fifty thousand characters, which a
// single page never does, so it is done only after that much has been scanned.
import { mayStartAt, startTableOf, type StartTable } from './first-chars';
import { LINE_RULES } from './line-rules';

const ANY_LINE_RULE = new RegExp(LINE_RULES.map((r) => `(?:${r.pattern.source})`).join('|'), 'i');
/** The same alternation tried at one position (compiled only when first used). */
const ANY_LINE_RULE_STICKY = new RegExp(ANY_LINE_RULE.source, 'iy');
/** Characters scanned in full before the start table is worth reading. */
const SCANNED_BEFORE_TABLE = 50_000;
let scanned = 0;
let starts: StartTable | undefined;

function anyRuleMatches(line: string): boolean {
  if (!starts) {
    scanned += line.length;
    if (scanned < SCANNED_BEFORE_TABLE) return ANY_LINE_RULE.test(line);
    starts = startTableOf(ANY_LINE_RULE.source, ANY_LINE_RULE.flags);
    if (!starts) {
      scanned = -Infinity; // a pattern the reader cannot follow: full scans for good
      return ANY_LINE_RULE.test(line);
    }
  }
  return matchesFrom(starts, line);
}

/** The alternation tried only where the table says a match may begin. */
export function matchesFrom(table: StartTable, line: string): boolean {
  for (let i = 0; i < line.length || i === 0; i++) {
    if (i > 0 && !mayStartAt(table, line, i)) continue;
    ANY_LINE_RULE_STICKY.lastIndex = i;
    if (ANY_LINE_RULE_STICKY.test(line)) return true;
  }
  return false;
}

/** The start table of the alternation (for tests: the scans above use it once it pays). */
export function lineRuleStartTable(): StartTable | undefined {
  return startTableOf(ANY_LINE_RULE.source, ANY_LINE_RULE.flags);
}

/** The longest line any rule takes (in characters). */
export const LONGEST_RULE = Math.max(...LINE_RULES.map((r) => r.maxLength));

let answers: Map<string, boolean> | undefined;

/** Whether some line rule's pattern may match somewhere in `line` (a necessary condition). */
export function mayMatchLineRule(line: string): boolean {
  const known = answers?.get(line);
  if (known !== undefined) return known;
  const found = anyRuleMatches(line);
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
