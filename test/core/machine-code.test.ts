// compiledPattern only changes when a regex is compiled: the same regex comes back, answering as
// before, with a global or sticky regex's lastIndex where it was.
import { describe, expect, it } from 'vitest';
import { compiledPattern } from '../../src/core/rules/machine-code';
import { LINE_RULES } from '../../src/core/rules/line-rules';
import { LINE_RULE_EXAMPLES } from '../../src/core/rules/line-rules.examples';

describe('compiledPattern', () => {
  it('hands back the same regex with its lastIndex, for global and sticky ones too', () => {
    const global = /讲话/g;
    global.lastIndex = 3;
    expect(compiledPattern(global)).toBe(global);
    expect(global.lastIndex).toBe(3);
    expect(global.exec('在全县大会上的讲话')?.index).toBe(7);
    const sticky = /\s+/y; // would match the blank subject it is first run on
    sticky.lastIndex = 2;
    compiledPattern(sticky);
    expect(sticky.lastIndex).toBe(2);
    expect(sticky.test('同志 们')).toBe(true);
  });

  it('leaves every line rule answering its own examples as before', () => {
    for (const rule of LINE_RULES) {
      for (const example of LINE_RULE_EXAMPLES[rule.id]!.examples) expect(compiledPattern(rule.pattern).test(example), `${rule.id}: ${example}`).toBe(true);
    }
  });
});
