// The limits on user noise rules and the words for their problems, apart from the engine that
// runs them (user-rules.ts, with RE2): settings are read by the background and the popup too,
// which need the limits but never run a rule.
import type { UserRule } from './types';

/** The most rules a user keeps: every rule reads every paragraph of every page cleaned. */
export const MAX_USER_RULES = 100;
export const MAX_PATTERN_LENGTH = 500;

/** Problems in English, as parseSettings reports them (the options page words them per language). */
export const RULE_PROBLEM = {
  empty: 'empty pattern',
  tooLong: `pattern longer than ${MAX_PATTERN_LENGTH} characters`,
  matchesEmpty: 'pattern matches empty text',
  invalidPrefix: 'not a valid regular expression: ',
  unsupportedPrefix: 'regular expression uses lookaround or a backreference: ',
  tooMany: `more than ${MAX_USER_RULES} rules`,
} as const;

/** What can be told without compiling the pattern: empty, or too long. */
export function rulePatternProblem(rule: UserRule): string | undefined {
  if (rule.pattern.trim() === '') return RULE_PROBLEM.empty;
  if (rule.pattern.length > MAX_PATTERN_LENGTH) return RULE_PROBLEM.tooLong;
  return undefined;
}
