// Which regex sources the `i` flag changes nothing in (case-free.ts), held to the engine: for a
// source of one character, every code unit matches alike with and without the flag exactly when
// the reader says so.
import { describe, expect, it } from 'vitest';
import { isCaseFree } from '../../src/core/rules/case-free';
import { LINE_RULES } from '../../src/core/rules/line-rules';
import { TITLE_DECORATIONS } from '../../src/core/rules/title-decorations';

/** Whether every single code unit matches `^(?:source)$` alike with and without `i`. */
function engineSaysCaseFree(source: string): boolean {
  const plain = new RegExp(`^(?:${source})$`);
  const folded = new RegExp(`^(?:${source})$`, 'i');
  for (let code = 0; code <= 0xffff; code++) {
    const c = String.fromCharCode(code);
    if (plain.test(c) !== folded.test(c)) return false;
  }
  return true;
}

describe('isCaseFree', () => {
  const oneCharacter = [
    '[^。]', '\\w', '\\W', '\\S', '.', '[\\u4e00-\\u9fff]', '[\\u3400-\\u9fff，。]', '[^，,。；;！!？?]', '\\d', '[0-9０-９]',
    '[A-Za-z]', '[a-z]', '[^a-z]', '[A-Z0-9]', '[^A-Za-z]', '[KMG]', 'V', 'Ｖ', 'ς', 'Σ', '[α-ω]', '[^Ａ-Ｚ]', '会', '[\\u0000-\\uffff]',
  ];
  it.each(oneCharacter)('%s: as the engine matches it', (source) => {
    expect(isCaseFree(source)).toBe(engineSaysCaseFree(source));
  });

  it('says no where it cannot cheaply tell, never yes where the flag matters', () => {
    // ſ folds to S, which the engine does not match without `u`: alike, but a cased letter to the reader
    expect(engineSaysCaseFree('ſ')).toBe(true);
    expect(isCaseFree('ſ')).toBe(false);
  });

  it('reads words, groups, look-arounds and repeats', () => {
    expect(isCaseFree('^(?:全文)?(?:预览|试读)结束(?=$|[,，。.!！:：\\s])')).toBe(true);
    expect(isCaseFree('(?<=[\\u4e00-\\u9fff])\\d{1,3}[^。]{0,20}$')).toBe(true);
    expect(isCaseFree('(?:会员|VIP)群\\s*[:：]')).toBe(false);
    expect(isCaseFree('(?:会员|交流)(?=[a-z])')).toBe(false);
    expect(isCaseFree('本文(?:由|系)?[^。]{0,30}(?:Word)?文档')).toBe(false);
  });

  it('knows nothing of a source the reader does not read', () => {
    expect(isCaseFree('(同)\\1')).toBe(false);
    expect(isCaseFree('\\p{Script=Han}')).toBe(false);
  });
});

describe('the rules', () => {
  it('ignore case only where a letter has another case (else V8 folds their CJK classes for nothing)', () => {
    const patterns = [...LINE_RULES, ...TITLE_DECORATIONS].map((rule) => rule.pattern);
    expect(patterns.filter((p) => p.ignoreCase && isCaseFree(p.source)).map((p) => p.source)).toEqual([]);
  });
});
