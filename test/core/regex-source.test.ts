// The regex-source reader (regex-source.ts), what it tells about an alternative's start and needs
// (first-chars.ts), and the case folding of character sets (char-set.ts), checked against the
// engine itself where it can be.
import { describe, expect, it } from 'vitest';
import { codeUnits, complement, sizeOf, withOtherCases, type CharSet } from '../../src/core/rules/char-set';
import { isAnchoredAtStart, requiredOf, requiredPairsOf, startOf } from '../../src/core/rules/first-chars';
import { LINE_RULES } from '../../src/core/rules/line-rules';
import { readRegexSource } from '../../src/core/rules/regex-source';

const chars = (set: CharSet) => [...codeUnits(set)].map((c) => String.fromCharCode(c)).join('');
const top = (source: string) => {
  const tree = readRegexSource(source);
  if (!tree) throw new Error(`not read: ${source}`);
  return tree;
};
const only = (source: string) => top(source).alternatives[0]!;

describe('readRegexSource', () => {
  it('reads every line rule, and splits it into the alternatives written at its top', () => {
    for (const rule of LINE_RULES) {
      const tree = top(rule.pattern.source);
      const pieces = tree.spans.map(([start, end]) => rule.pattern.source.slice(start, end));
      expect(pieces.join('|'), rule.id).toBe(rule.pattern.source);
    }
    const tree = top('^(?:a|b)c|[|]d|\\|e');
    expect(tree.spans.map(([s, e]) => '^(?:a|b)c|[|]d|\\|e'.slice(s, e))).toEqual(['^(?:a|b)c', '[|]d', '\\|e']);
  });

  it('leaves whole what it does not read', () => {
    for (const source of ['(a)\\1', '(?<name>a)', '\\p{L}', '\\cJ', '\\0', 'a{', 'a{2,1}', '\\a', '(?i:a)', 'a)', '(a', '[a', '*a', '\\', '^*']) {
      expect(readRegexSource(source), source).toBeUndefined();
    }
  });

  it('reads classes, escapes and ranges as the engine does without the u flag', () => {
    const set = (source: string) => {
      const [node] = only(source);
      if (node?.kind !== 'chars') throw new Error(source);
      return node.set;
    };
    expect(chars(set('[a-c\\d_-]'))).toBe('-0123456789_abc');
    expect(chars(set('[\\u4e00-\\u4e02]'))).toBe('一丁丂');
    expect(chars(set('[\\b\\-\\]]'))).toBe('\b-]');
    expect(set('[^。]')).toEqual(complement([[0x3002, 0x3002]]));
    expect(sizeOf(set('.'))).toBe(0x10000 - 4);
    expect(sizeOf(set('[^]'))).toBe(0x10000);
    expect(set('[]')).toEqual([]);
    expect(chars(set('\\s'))).toContain('\u3000');
    // a surrogate pair is two characters
    expect(only('😀').length).toBe(1);
    expect(startOf(only('😀')).first).toEqual([[0xd83d, 0xd83d]]);
  });
});

describe('what an alternative begins with and needs', () => {
  it('passes over optional parts, look-arounds and anchors to the first character read', () => {
    const start = startOf(only('^(?:全文)?(?:阅读|预览|试读)已结束'));
    expect(chars(start.first)).toBe('全试阅预');
    expect(chars(start.second)).toBe('文览读');
    expect(start).toMatchObject({ empty: false, single: false });
    expect(chars(startOf(only('(?=a)\\b(?:^|\\s)更新')).first)).toContain('更');
    expect(chars(startOf(only('\\s{0,2}[:：]x')).second)).toContain('x');
    expect(chars(startOf(only('a{0,3}b')).second)).toBe('ab');
  });

  it('tells an alternative that may read nothing, or one character', () => {
    expect(startOf(only('(?:a|)')).empty).toBe(true);
    expect(startOf(only('^$')).empty).toBe(true);
    expect(startOf(only('a{0}')).empty).toBe(true);
    expect(startOf(only('©')).single).toBe(true);
    expect(startOf(only('[×✕]$')).single).toBe(true);
    expect(startOf(only('ab?')).single).toBe(true);
    expect(startOf(only('ab')).single).toBe(false);
  });

  it('tells an alternative anchored at the start from one that is not', () => {
    expect(isAnchoredAtStart(only('^a'))).toBe(true);
    expect(isAnchoredAtStart(only('(?!x)^a'))).toBe(true);
    expect(isAnchoredAtStart(only('(?:^a|^b)'))).toBe(true);
    expect(isAnchoredAtStart(only('(?:^|\\s)a'))).toBe(false);
    expect(isAnchoredAtStart(only('a^'))).toBe(false);
  });

  it('finds characters every match holds, alone or two in a row', () => {
    expect(chars(requiredOf(only('^[^。！？!?]{2,90}\\.(?:docx?|pdf)$'))!)).toBe('.');
    expect(requiredPairsOf(only('^[^。]{2,90}\\.(?:docx?|pdf)$'))!.map(([a, b]) => chars(a) + '>' + chars(b))).toEqual(['.>dp']);
    expect(requiredPairsOf(only('[A-Za-z]{5}(?:联系|咨询)(?:老师|客服)'))!.map(([a, b]) => chars(a) + chars(b))).toEqual(['联系', '咨询']);
    expect(requiredOf(only('a?b*'))).toBeUndefined();
    expect(requiredPairsOf(only('a?b*'))).toBeUndefined();
  });
});

describe('withOtherCases', () => {
  // every code unit of the BMP once, to run a class over
  const ALL = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).join('');
  const escaped = (set: CharSet) => set.map(([a, b]) => `\\u${a.toString(16).padStart(4, '0')}-\\u${b.toString(16).padStart(4, '0')}`).join('');

  it('holds every code unit a case-insensitive class of the set matches (each rule’s first and second characters)', () => {
    const sets: CharSet[] = [[[0x41, 0x5a]], [[0x61, 0x7a]], [[0x4e00, 0x4e10]], [[0xff01, 0xff0f]], [[0x2000, 0x2030]], [[0xa0, 0xbf]]];
    for (const rule of LINE_RULES) {
      for (const alternative of top(rule.pattern.source).alternatives) {
        const { first, second } = startOf(alternative);
        for (const set of [first, second]) if (sizeOf(set) <= 256) sets.push(set);
      }
    }
    for (const set of sets) {
      const folded = withOtherCases(set);
      if (!folded) continue;
      const holds = new Set(codeUnits(folded));
      const missed = [...ALL.matchAll(new RegExp(`[${escaped(set)}]`, 'gi'))].map((m) => m.index).filter((c) => !holds.has(c));
      expect(missed, chars(set).slice(0, 40)).toEqual([]);
    }
  });

  it('gives up on a cased letter beyond ASCII, whose fellows are not always its two cases', () => {
    for (const letter of ['Ｖ', 'Σ', 'µ', 'é', 'Ᏸ']) expect(withOtherCases([[letter.charCodeAt(0), letter.charCodeAt(0)]]), letter).toBeUndefined();
    expect(chars(withOtherCases([[0x41, 0x42], [0x4e00, 0x4e00]])!)).toBe('ABab一');
  });
});
