// Whether any line rule may match a line: a line none of them matches needs no rule-by-rule look.
// Asked case-insensitively for all, so it can only say yes more often than the rules do, never less.
//
// Running every rule (once one alternation of them all) over every line was the most expensive
// regex work the engine did: every rule tried at every position of every line. Instead each rule
// is known by a few grams it cannot match without (required-grams.ts: "版权", "VIP", "加" …), and
// one pass over the line looks its chars up in a table: only the rules whose grams the line holds
// run. One document still asks about the same line again and again (the layout stage, each pass
// of the analysis, the fragment cutter, the notice peeler, a second analysis without the
// speech-only rules), so while a document is analyzed the answers are remembered, line by line;
// `rememberingLineRuleAnswers` scopes that memory to one call.
import { LINE_RULES } from './line-rules';
import { foldCase, lineGates } from './required-grams';

/** The longest line any rule takes (in characters). */
export const LONGEST_RULE = Math.max(...LINE_RULES.map((r) => r.maxLength));

/** Each rule's pattern as the question is asked: case-insensitive. */
const CASE_INSENSITIVE_RULES = LINE_RULES.map((r) => caseInsensitive(r.pattern));

function caseInsensitive(pattern: RegExp): RegExp {
  if (pattern.flags === 'i') return pattern;
  const caseInsensitiveRule = new RegExp(pattern.source, 'i');
  return caseInsensitiveRule;
}

/** What a char (case-folded) opens: a gram of one char, a gram of two, or both. */
const ONE_CHAR = 1;
const TWO_CHARS = 2;
const OPENS = new Uint8Array(0x10000);
/** The rules each gram belongs to (indices into LINE_RULES): by its char, or by its first char
 * and then its second (char codes as keys: small integers, which a Map looks up fastest). */
const RULES_OF_CHAR = new Map<number, number[]>();
const RULES_OF_PAIR = new Map<number, Map<number, number[]>>();
/** The rules with an alternative no gram is known for: they run on every line no longer than it can match. */
const EVERY_LINE: { index: number; longestLine: number }[] = [];

LINE_RULES.forEach((rule, index) => {
  const gates = lineGates(rule.pattern.source) ?? [{ grams: undefined, longestLine: Infinity }];
  for (const { grams, longestLine } of gates) {
    if (grams) indexGrams(grams, index);
    else EVERY_LINE.push({ index, longestLine });
  }
});

function indexGrams(grams: readonly number[], index: number): void {
  for (const gram of grams) {
    let byChar = RULES_OF_CHAR;
    let char = gram;
    if (gram < 0x10000) OPENS[gram]! |= ONE_CHAR;
    else {
      const first = Math.floor(gram / 0x10000) - 1;
      OPENS[first]! |= TWO_CHARS;
      byChar = RULES_OF_PAIR.get(first) ?? new Map();
      RULES_OF_PAIR.set(first, byChar);
      char = gram % 0x10000;
    }
    const rules = byChar.get(char);
    if (!rules) byChar.set(char, [index]);
    else if (!rules.includes(index)) rules.push(index);
  }
}

/** Which rules have run on the line being read (`asked` when they did). */
const ranOn = new Uint32Array(LINE_RULES.length);
let asked = 0;

function ruleRuns(index: number, line: string): boolean {
  if (ranOn[index] === asked) return false;
  ranOn[index] = asked;
  return CASE_INSENSITIVE_RULES[index]!.test(line);
}

function anyRuleRuns(rules: readonly number[] | undefined, line: string): boolean {
  if (!rules) return false;
  for (const index of rules) if (ruleRuns(index, line)) return true;
  return false;
}

function anyRuleMatches(line: string): boolean {
  if (++asked === 0xffffffff) {
    ranOn.fill(0);
    asked = 1;
  }
  for (const { index, longestLine } of EVERY_LINE) if (line.length <= longestLine && ruleRuns(index, line)) return true;
  for (let at = 0; at < line.length; at++) {
    const code = foldCase(line.charCodeAt(at));
    const opens = OPENS[code]!;
    if (opens === 0) continue;
    if (opens & ONE_CHAR && anyRuleRuns(RULES_OF_CHAR.get(code), line)) return true;
    if (opens & TWO_CHARS && at + 1 < line.length && anyRuleRuns(RULES_OF_PAIR.get(code)!.get(foldCase(line.charCodeAt(at + 1))), line)) return true;
  }
  return false;
}

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
