// Noise rules the user writes on the options page: plain text or a regular expression.
// A user's regular expression runs on RE2 (re2js), whose matching time is linear in the text
// whatever the pattern: on V8's backtracking engine `([^。]+)+。` takes minutes on a
// 30-character line without 。, and even `[^。]+。` takes seconds on a long paragraph, so no
// check of the pattern could make user patterns safe there. RE2 has no lookaround and no
// backreferences: patterns using them are refused where they are entered and imported.
// Plain text is found with indexOf, no regular expression at all. Which RE2: re2-engine.ts.
import type { RE2JS } from 're2js';
import { re2 } from './re2-engine';
import type { UserRule } from './types';
import { MAX_USER_RULES, RULE_PROBLEM, rulePatternProblem } from './user-rule-limits';
import type { Span } from './watermark';

export interface CompiledUserRule {
  source: string;
  matchesWhole(line: string): boolean;
  spans(text: string): Span[];
}

type Finder = (text: string) => Span[];

export { MAX_USER_RULES, RULE_PROBLEM } from './user-rule-limits';

/** Why a rule cannot be used, or undefined when it can (the regular expression compiled). */
export function userRuleProblem(rule: UserRule): string | undefined {
  const textProblem = rulePatternProblem(rule);
  if (textProblem || !rule.regex) return textProblem;
  const compiled = compileRegex(rule.pattern);
  if ('problem' in compiled) return compiled.problem;
  if (compiled.re.test('')) return RULE_PROBLEM.matchesEmpty;
  return undefined;
}

/** The usable rules among the first MAX_USER_RULES, ready to run. */
export function compileUserRules(rules: readonly UserRule[]): CompiledUserRule[] {
  const compiled: CompiledUserRule[] = [];
  for (const rule of rules.slice(0, MAX_USER_RULES)) {
    if (userRuleProblem(rule)) continue;
    const find = rule.regex ? regexFinder(rule.pattern) : textFinder(rule.pattern);
    if (!find) continue;
    compiled.push({
      source: rule.pattern,
      spans: find,
      matchesWhole(line) {
        const spans = find(line);
        return spans.length === 1 && spans[0]!.start === 0 && spans[0]!.end === line.length;
      },
    });
  }
  return compiled;
}

export function findUserRuleSpans(text: string, rules: readonly CompiledUserRule[]): (Span & { source: string })[] {
  return rules.flatMap((r) => r.spans(text).map((s) => ({ ...s, source: r.source })));
}

function textFinder(needle: string): Finder {
  return (text) => {
    const out: Span[] = [];
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      out.push({ start: at, end: at + needle.length });
    }
    return out;
  };
}

function regexFinder(pattern: string): Finder | undefined {
  const compiled = compileRegex(pattern);
  if ('problem' in compiled) return undefined;
  const { re } = compiled;
  return (text) => {
    const out: Span[] = [];
    if (!re.test(text)) return out; // the quick pass: most paragraphs hold no match
    const matcher = re.matcher(text);
    while (matcher.find()) {
      const start = matcher.start();
      const end = matcher.end();
      if (end > start) out.push({ start, end });
    }
    return out;
  };
}

function compileRegex(pattern: string): { re: RE2JS } | { problem: string } {
  const engine = re2(); // outside the try: a missing RE2 is no problem of the pattern's
  try {
    return { re: engine.compile(withRe2Escapes(pattern)) };
  } catch (error) {
    const detail = (error as Error).message.replace(/^error parsing regexp: /, '');
    return { problem: (isJavaScriptRegex(pattern) ? RULE_PROBLEM.unsupportedPrefix : RULE_PROBLEM.invalidPrefix) + detail };
  }
}

/** Valid for JavaScript but refused by RE2: lookaround or a backreference (the only JavaScript
 * syntax RE2 lacks once \u escapes are rewritten). The pattern is compiled, never run. */
function isJavaScriptRegex(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u'); // compiled only, never run on any text
    return true;
  } catch {
    return false;
  }
}

/** JavaScript's `\u4e00` and `\u{1F600}` as RE2's `\x{4e00}`; `\\u` (a backslash, then u) stays. */
export function withRe2Escapes(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = pattern[i + 1];
    if (next === 'u') {
      const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(pattern.slice(i + 2, i + 10));
      if (braced) {
        out += `\\x{${braced[1]}}`;
        i += 2 + braced[0].length - 1;
        continue;
      }
      const hex = pattern.slice(i + 2, i + 6);
      if (/^[0-9a-fA-F]{4}$/.test(hex)) {
        out += `\\x{${hex}}`;
        i += 5;
        continue;
      }
    }
    out += ch + (next ?? '');
    i++;
  }
  return out;
}
