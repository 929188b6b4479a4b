// allMatches reads a global pattern's matches with the pattern itself, answering what matchAll answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/core/rules/all-matches';

const asMatchAll = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => [m.index, ...m]);
const asAllMatches = (pattern: RegExp, text: string) => allMatches(pattern, text).map((m) => [m.index, ...m]);

describe('allMatches', () => {
  it('finds what matchAll finds, groups and indices included, and leaves lastIndex at 0', () => {
    const quoted = /《([^《》]{2,60})》/g;
    const text = '学习《在全县安全生产大会上的讲话》和《新年贺词》,再读《致辞》';
    quoted.lastIndex = 5; // a run elsewhere left it here: every match is still found
    expect(asAllMatches(quoted, text)).toEqual(asMatchAll(quoted, text));
    expect(allMatches(quoted, text).map((m) => m[1])).toEqual(['在全县安全生产大会上的讲话', '新年贺词', '致辞']);
    expect(quoted.lastIndex).toBe(0);
  });

  it('steps past empty matches as matchAll does, a surrogate pair at once in unicode mode', () => {
    for (const [pattern, text] of [
      [/(?=讲)|话/g, '讲话讲话'],
      [/x*/g, '同志们'],
      [/x*/gu, '😀同志😀'],
    ] as const) {
      expect(asAllMatches(pattern, text)).toEqual(asMatchAll(pattern, text));
    }
  });

  it('agrees with matchAll on any text', () => {
    const pattern = /[一二三四五六七八九十]{1,3}(?:是|要)|[（(][一二三]?[)）]?/g;
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('一', '二', '是', '要', '（', '）', '(', '。', 'a'), maxLength: 40 }), (text) => {
        expect(asAllMatches(pattern, text)).toEqual(asMatchAll(pattern, text));
      }),
    );
  });
});
