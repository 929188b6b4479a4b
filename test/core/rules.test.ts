import { describe, expect, it } from 'vitest';
import { LINE_RULES } from '../../src/core/rules/line-rules';
import { CLEAN_SPEECH_SAMPLES, LINE_RULE_EXAMPLES } from '../../src/core/rules/line-rules.examples';
import { MARKER_EXAMPLES } from '../../src/core/markers.examples';
import { MARKER_FAMILIES, matchMarker } from '../../src/core/markers';
import { DOMAIN_GLOBAL } from '../../src/core/watermark';
import { REMOVED_REASONS } from '../../src/core/types';
import { nestedUnboundedQuantifiers } from './regex-safety';
import { charLength } from '../../src/core/normalize';

describe('line rules (data)', () => {
  it('each have examples, and no examples are left without a rule', () => {
    expect(Object.keys(LINE_RULE_EXAMPLES).sort()).toEqual(LINE_RULES.map((r) => r.id).sort());
    expect(Object.keys(MARKER_EXAMPLES).sort()).toEqual(MARKER_FAMILIES.map((f) => f.id).sort());
  });

  it('have unique ids and documented reasons', () => {
    const ids = LINE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of LINE_RULES) {
      expect(REMOVED_REASONS).toContain(rule.reason);
      expect(rule.id.startsWith(rule.reason + '.')).toBe(true);
    }
  });

  for (const rule of LINE_RULES) {
    describe(rule.id, () => {
      const { examples, nonExamples } = LINE_RULE_EXAMPLES[rule.id] ?? { examples: [], nonExamples: [] };
      it('matches every example it documents, within its length bound', () => {
        expect(examples.length).toBeGreaterThan(0);
        for (const example of examples) {
          expect(rule.pattern.test(example), example).toBe(true);
          expect(charLength(example)).toBeLessThanOrEqual(rule.maxLength);
        }
      });
      it('matches no clean speech sentence', () => {
        for (const sentence of [...CLEAN_SPEECH_SAMPLES, ...nonExamples]) {
          const hit = rule.pattern.test(sentence) && charLength(sentence) <= rule.maxLength;
          expect(hit, sentence).toBe(false);
        }
      });
      it('cannot backtrack catastrophically (no nested unbounded quantifiers)', () => {
        expect(nestedUnboundedQuantifiers(rule.pattern.source)).toEqual([]);
      });
    });
  }
});

describe('marker families (data)', () => {
  for (const family of MARKER_FAMILIES) {
    it(`${family.id}: examples match, non-examples do not`, () => {
      const { examples, nonExamples } = MARKER_EXAMPLES[family.id]!;
      expect(examples.length).toBeGreaterThan(0);
      for (const example of examples) expect(matchMarker(example)?.family.id, example).toBe(family.id);
      for (const text of nonExamples) expect(matchMarker(text)?.family.id, text).not.toBe(family.id);
      expect(nestedUnboundedQuantifiers(family.pattern.source)).toEqual([]);
    });
  }
  it('each family lists every character its match may open with (matchMarker looks families up by it)', () => {
    const examples = Object.values(MARKER_EXAMPLES).flatMap((e) => [...e.examples, ...e.nonExamples]);
    // any character a pattern's first position can take is written in some pattern (ranges aside) or example
    const chars = new Set([...MARKER_FAMILIES.map((f) => f.pattern.source).join(''), ...examples.join(''), ...'0123456789０１２３４５６７８９①⑳']);
    for (const family of MARKER_FAMILIES) {
      for (const example of MARKER_EXAMPLES[family.id]!.examples) expect(family.opens, example).toContain(example[0]);
      for (const c of chars) {
        if (family.opens.includes(c)) continue;
        for (const example of examples) expect(family.pattern.test(c + example.slice(1)), `${family.id}: ${c + example.slice(1)}`).toBe(false);
      }
    }
  });
});

describe('regex safety checker', () => {
  it('flags the classic catastrophic shapes and passes bounded ones', () => {
    expect(nestedUnboundedQuantifiers('(a+)+b')).not.toEqual([]);
    expect(nestedUnboundedQuantifiers('(?:\\s*x)*')).not.toEqual([]);
    expect(nestedUnboundedQuantifiers('(?:[a-z]{0,9}\\.){1,4}com')).toEqual([]);
    expect(DOMAIN_GLOBAL.source.length).toBeGreaterThan(0);
    expect(nestedUnboundedQuantifiers(DOMAIN_GLOBAL.source)).toEqual([]);
  });
});
