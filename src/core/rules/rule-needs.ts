// Which of a list of rules (the line rules, the body's speech cues) a text can match at all.
// Every match of most rules holds one of a few characters (first-chars.ts's requiredOf, over the
// rule's alternatives: "下载" or "复制" for a paywall nag, "来" for a source stamp); a text
// without any of them is not tried by that rule, so the rule is neither compiled nor run for it.
// The characters are read off the rules' sources at build time (rule-plans.ts,
// speech-cue-plan.ts), and a text is scanned for them once. It is a necessary condition on any
// text, and so on every part of one (the segments the notice peeler tries): no answer changes
// (property tests compare with each rule and cue on every line and text we have).
import { type CharSet, codeUnits, sizeOf, union, withOtherCases } from './char-set';
import { runsOf, tableOfRuns } from './code-unit-runs';
import { requiredOf } from './first-chars';
import { readRegexSource } from './regex-source';

/** More needed code units than this, and the set is no test worth a table entry: always tried. */
const MOST_NEEDED = 4096;

/** The rules' needed characters as data. */
export interface RuleNeedsPlan {
  rules: number;
  /** the rules tried on every text: no set of characters that every match holds was found */
  always: number[];
  /** the distinct sets of rules a code unit is needed by, each a list of rule numbers */
  sets: number[][];
  /** code units some rule needs, as runs of one set number (1-based): code-unit-runs.ts */
  table: number[];
}

/** Reads each pattern for the characters every match of it holds one of. */
export function planRuleNeeds(patterns: readonly RegExp[]): RuleNeedsPlan {
  const always: number[] = [];
  const rulesOf = new Map<number, number[]>();
  patterns.forEach((pattern, rule) => {
    const needed = neededOf(pattern);
    if (!needed) return void always.push(rule);
    for (const code of codeUnits(needed)) (rulesOf.get(code) ?? rulesOf.set(code, []).get(code)!).push(rule);
  });
  const sets: number[][] = [];
  const setNumbers = new Map<string, number>();
  const numberOf = new Map<number, number>();
  for (const [code, rules] of rulesOf) {
    const key = rules.join();
    let number = setNumbers.get(key);
    if (number === undefined) setNumbers.set(key, (number = sets.push(rules)));
    numberOf.set(code, number);
  }
  return { rules: patterns.length, always, sets, table: runsOf(numberOf) };
}

/** A set of code units every match of the pattern holds one of, other cases included. */
function neededOf(pattern: RegExp): CharSet | undefined {
  const tree = readRegexSource(pattern.source);
  if (!tree) return undefined;
  const sets: CharSet[] = [];
  for (const alternative of tree.alternatives) {
    const set = requiredOf(alternative);
    if (!set) return undefined;
    sets.push(set);
  }
  const needed = pattern.ignoreCase ? withOtherCases(union(...sets)) : union(...sets);
  return needed && sizeOf(needed) <= MOST_NEEDED ? needed : undefined;
}

/** The rules a text may match, one bit per rule (bit r of word r >> 5). */
export type RuleBits = Uint32Array;

/** The scan a plan describes: `mayMatch(text)` gives the bits of the rules worth trying on it. */
export function ruleNeedsOf(plan: RuleNeedsPlan): (text: string) => RuleBits {
  const words = (plan.rules + 31) >>> 5;
  const base = new Uint32Array(words);
  for (const rule of plan.always) base[rule >>> 5]! |= 1 << (rule & 31);
  const setBits = new Uint32Array(plan.sets.length * words);
  plan.sets.forEach((rules, s) => {
    for (const rule of rules) setBits[s * words + (rule >>> 5)]! |= 1 << (rule & 31);
  });
  const table = tableOfRuns(plan.table);
  return (text: string): RuleBits => {
    const bits = base.slice();
    let last = 0;
    for (let i = 0; i < text.length; i++) {
      const number = table[text.charCodeAt(i)]!;
      if (number === 0 || number === last) continue;
      last = number;
      const at = (number - 1) * words;
      for (let w = 0; w < words; w++) bits[w]! |= setBits[at + w]!;
    }
    return bits;
  };
}

/** Whether rule number `rule` is among `bits`. */
export function hasRule(bits: RuleBits, rule: number): boolean {
  return ((bits[rule >>> 5]! >>> (rule & 31)) & 1) === 1;
}
