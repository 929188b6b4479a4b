// The characters each line rule needs (rule-needs.ts) are a necessary condition: wherever a rule
// matches, the scan says it may. Checked on every line we hold, on the rules' examples cut and
// re-cased, and on fuzzed lines of the rules' own words; and on patterns of other shapes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINE_RULE_EXAMPLES } from '../../src/core/rules/line-rules.examples';
import { LINE_RULES } from '../../src/core/rules/line-rules';
import { LINE_RULE_NEEDS } from '../../src/core/rules/rule-plans';
import { BODY_CUE_NEEDS } from '../../src/core/rules/speech-cue-plan';
import { BODY_CUES } from '../../src/core/rules/speech-cues';
import { BODY_CUE_EXAMPLES } from '../../src/core/rules/speech-cues.examples';
import { hasRule, planRuleNeeds, ruleNeedsOf } from '../../src/core/rules/rule-needs';
import { realLines, realTexts } from './rule-lines';

const RUNS = Number(process.env.QINGGAO_FUZZ_RUNS ?? 300);
const mayMatch = ruleNeedsOf(LINE_RULE_NEEDS);

/** The rules that match `line` although the scan ruled them out. */
function missed(line: string): string[] {
  const bits = mayMatch(line);
  return LINE_RULES.filter((rule, number) => !hasRule(bits, number) && new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '')).test(line)).map((r) => `${r.id} on ${JSON.stringify(line)}`);
}

describe('the characters each line rule needs', () => {
  it('rules no matching rule out, on every line we hold', () => {
    const lines = realLines();
    expect(lines.length).toBeGreaterThan(3000);
    expect(lines.flatMap(missed)).toEqual([]);
  });

  it('rules most rules out on a line of plain speech', () => {
    const bits = mayMatch('今天我们召开这次会议，主要任务是部署安全生产工作。');
    expect(LINE_RULES.filter((_, number) => hasRule(bits, number)).length).toBeLessThan(LINE_RULES.length / 3);
  });

  it('rules no matching rule out on the examples cut, re-cased and joined, nor on fuzzed lines', () => {
    const examples = Object.values(LINE_RULE_EXAMPLES).flatMap((e) => e.examples);
    const variants = examples.flatMap((e) => [e.toUpperCase(), e.toLowerCase(), `同志们，${e}`, e.slice(1), e.slice(0, -1), e.slice(e.length >> 1)]);
    expect(variants.flatMap(missed)).toEqual([]);
    const words = [...new Set(LINE_RULES.flatMap((r) => r.pattern.source.split(/[^\u3000-\u9fff\uff00-\uffefA-Za-z0-9]+/)).filter((w) => w.length > 0 && w.length < 8))];
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...examples).map((e) => e.slice(0, 6)), fc.constantFrom(' ', '：', '.', '/', '【', '】', '（', '）', '1', '2024', 'www.', '.com', 'QQ', 'vx', 'Ｖ'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        expect(missed(parts.join(''))).toEqual([]);
      }),
      { numRuns: RUNS * 10 },
    );
  });
});

describe('the characters each speech cue of the body needs', () => {
  const cueMayMatch = ruleNeedsOf(BODY_CUE_NEEDS);
  /** The cues that match `text` although the scan ruled them out. */
  const missedCues = (text: string) => {
    const bits = cueMayMatch(text);
    return BODY_CUES.filter((cue, number) => !hasRule(bits, number) && new RegExp(cue.pattern.source, cue.pattern.flags.replace('g', '')).test(text)).map((c) => c.id);
  };

  it('rules no matching cue out, on every whole text we hold and every cue example', () => {
    const texts = realTexts();
    expect(texts.length).toBeGreaterThan(150);
    expect(texts.flatMap((t) => missedCues(t))).toEqual([]);
    const examples = Object.values(BODY_CUE_EXAMPLES).flatMap((e) => [...e.examples, ...e.nonExamples]);
    expect(examples.length).toBeGreaterThan(30);
    expect(examples.flatMap((e) => [e, e.slice(1), e.slice(0, -1)]).flatMap((e) => missedCues(e))).toEqual([]);
  });

  it('rules some cues out of a short speech', () => {
    const bits = cueMayMatch('同志们：今天我们召开这次会议，主要任务是部署安全生产工作。谢谢大家！');
    expect(BODY_CUES.filter((_, number) => !hasRule(bits, number)).length).toBeGreaterThan(BODY_CUES.length / 2);
  });
});

describe('planRuleNeeds on other patterns', () => {
  const rules = (patterns: RegExp[], text: string) => {
    const bits = ruleNeedsOf(planRuleNeeds(patterns))(text);
    return patterns.map((_, n) => hasRule(bits, n));
  };

  it('needs one character of each alternative, in either case when the pattern ignores case', () => {
    const patterns = [/下载|复制/, /VIP会员/i, /VIP会员/, /^第\d+页$/];
    expect(rules(patterns, '点击复制全文')).toEqual([true, false, false, false]);
    // as written, VIP会员 needs its V (the fewest kinds of the characters it must read)
    expect(rules(patterns, 'vip会员')).toEqual([false, true, false, false]);
    expect(rules(patterns, 'VIP')).toEqual([false, true, true, false]);
    expect(rules(patterns, '第3页')).toEqual([false, false, false, true]);
  });

  it('always tries a pattern with an alternative that needs nothing, or one it cannot read', () => {
    const patterns = [/下载|\d*/, /(a)\1/, /复制/];
    expect(rules(patterns, 'xyz')).toEqual([true, true, false]);
  });
});
