// Noise rules the user writes on the options page: plain text or a regular expression.
// Invalid rules are skipped here (the options page refuses to save them in the first place).
import type { UserRule } from './types';
import type { Span } from './watermark';

export interface CompiledUserRule {
  source: string;
  matchesWhole(line: string): boolean;
  spans(text: string): Span[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function compileUserRules(rules: readonly UserRule[]): CompiledUserRule[] {
  const compiled: CompiledUserRule[] = [];
  for (const rule of rules) {
    if (!rule.pattern.trim()) continue;
    let re: RegExp;
    try {
      re = new RegExp(rule.regex ? rule.pattern : escapeRegExp(rule.pattern), 'gu');
    } catch {
      continue;
    }
    compiled.push({
      source: rule.pattern,
      spans(text) {
        const out: Span[] = [];
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          out.push({ start: m.index, end: m.index + m[0].length });
        }
        return out;
      },
      matchesWhole(line) {
        const spans = this.spans(line);
        return spans.length === 1 && spans[0]!.start === 0 && spans[0]!.end === line.length;
      },
    });
  }
  return compiled;
}

export function findUserRuleSpans(text: string, rules: readonly CompiledUserRule[]): (Span & { source: string })[] {
  return rules.flatMap((r) => r.spans(text).map((s) => ({ ...s, source: r.source })));
}
