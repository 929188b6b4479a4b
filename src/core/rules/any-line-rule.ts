// Every line rule as one union: a line none of them matches needs no rule-by-rule look.
// Case-insensitive for all, so it can only match more than the rules do, never less.
//
// One scan of the rules' alternation would be the most expensive regex work the engine does:
// the regex engine tries every rule at every position of the line, and compiling the 11,000-
// character alternation alone costs ~15 ms on a page load. union-dispatch.ts answers the same
// from a table of the characters each rule can begin with (and needs), trying at each position
// only the rules that can begin there. Reading the rules for that table is work of its own
// (~30 ms in code not yet compiled), so it is done at build time: rule-plans.ts.
//
// One document asks about the same line again and again: the layout stage, each pass of the
// analysis, the fragment cutter, the notice peeler (and a second analysis without the
// speech-only rules). So while a document is analyzed the answers are remembered, line by line;
// `rememberingLineRuleAnswers` scopes that memory to one call.
import { charLength } from '../normalize';
import { type LineRule, LINE_RULES } from './line-rules';
import { compiledPattern } from './machine-code';
import { LINE_RULE_NEEDS, LINE_RULE_PLAN } from './rule-plans';
import { hasRule, type RuleBits, ruleNeedsOf } from './rule-needs';
import { type Tester, testerOf } from './union-dispatch';

let dispatched: Tester | undefined;

/** The longest line any rule takes (in characters). */
export const LONGEST_RULE = Math.max(...LINE_RULES.map((r) => r.maxLength));

let answers: Map<string, boolean> | undefined;

/** Whether some line rule's pattern may match somewhere in `line` (a necessary condition). */
export function mayMatchLineRule(line: string): boolean {
  const known = answers?.get(line);
  if (known !== undefined) return known;
  const found = (dispatched ??= testerOf(LINE_RULE_PLAN))(line);
  answers?.set(line, found);
  return found;
}

let needs: ((text: string) => RuleBits) | undefined;
const RULE_NUMBERS = new Map<LineRule, number>(LINE_RULES.map((rule, number) => [rule, number]));

/** The line rules `text` may match, by the characters each needs (rule-needs.ts). */
export function lineRulesMayMatch(text: string): RuleBits {
  return (needs ??= ruleNeedsOf(LINE_RULE_NEEDS))(text);
}

/** Whether `rule` is among them (a rule that is not one of LINE_RULES always is). */
export function mayMatchRule(bits: RuleBits, rule: LineRule): boolean {
  const number = RULE_NUMBERS.get(rule);
  return number === undefined || hasRule(bits, number);
}

/**
 * Whether one of `rules` (line rules) matches `line`, zones aside: the union first, then only the
 * rules whose characters the line holds, each compiled to machine code (it is asked again).
 */
export function someLineRuleMatches(line: string, rules: readonly LineRule[] = LINE_RULES): boolean {
  if (line.length > 2 * LONGEST_RULE || !mayMatchLineRule(line)) return false;
  const length = charLength(line);
  const mayMatch = lineRulesMayMatch(line);
  return rules.some((r) => length <= r.maxLength && mayMatchRule(mayMatch, r) && compiledPattern(r.pattern).test(line));
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
