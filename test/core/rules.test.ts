import { describe, expect, it } from 'vitest';
import { CLEAN_SPEECH_SAMPLES, LINE_RULES } from '../../src/core/rules/line-rules';
import { MARKER_FAMILIES, matchMarker } from '../../src/core/markers';
import { DOMAIN_GLOBAL } from '../../src/core/watermark';
import { REMOVED_REASONS } from '../../src/core/types';
import { nestedUnboundedQuantifiers } from './regex-safety';
import { charLength } from '../../src/core/normalize';

describe('line rules (data)', () => {
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
      it('matches every example it documents, within its length bound', () => {
        expect(rule.examples.length).toBeGreaterThan(0);
        for (const example of rule.examples) {
          expect(rule.pattern.test(example), example).toBe(true);
          expect(charLength(example)).toBeLessThanOrEqual(rule.maxLength);
        }
      });
      it('matches no clean speech sentence', () => {
        for (const sentence of [...CLEAN_SPEECH_SAMPLES, ...rule.nonExamples]) {
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
      for (const example of family.examples) expect(matchMarker(example)?.family.id, example).toBe(family.id);
      for (const text of family.nonExamples) expect(matchMarker(text)?.family.id, text).not.toBe(family.id);
      expect(nestedUnboundedQuantifiers(family.pattern.source)).toEqual([]);
    });
  }
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
