// The dispatched union (union-dispatch.ts) must answer what the one alternation of every line
// rule answers: on every line of the real texts, the saved pages, the seeds and the rules'
// examples, and on fuzzed lines made of the rules' own characters; and on sources it cannot
// read or that match the empty string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINE_RULE_SOURCES } from '../../src/core/rules/line-rules';
import { FRAME_RULE_EXAMPLES } from '../../src/core/rules/frame-rules.examples';
import { LINE_RULE_EXAMPLES } from '../../src/core/rules/line-rules.examples';
import { VIEWER_RULE_EXAMPLES } from '../../src/core/rules/viewer-rules.examples';
import { planUnion, unionTester } from '../../src/core/rules/union-dispatch';
import { realLines } from './rule-lines';

const RUNS = Number(process.env.QINGGAO_FUZZ_RUNS ?? 300);
const UNION = new RegExp(LINE_RULE_SOURCES.map((s) => `(?:${s})`).join('|'), 'i');
const dispatched = unionTester(LINE_RULE_SOURCES, 'i');

/** A line's answer, and where the two disagree. */
const disagreement = (line: string) => (UNION.test(line) === dispatched(line) ? undefined : { line, union: UNION.test(line) });

describe('the dispatched union of the line rules', () => {
  const lines = realLines();

  it('answers what the alternation answers on every real line and example', () => {
    expect(lines.length).toBeGreaterThan(3000);
    expect(lines.filter((l) => UNION.test(l)).length).toBeGreaterThan(200);
    expect(lines.map(disagreement).filter(Boolean)).toEqual([]);
  });

  it('answers the same on the examples cut, joined, re-cased and padded', () => {
    const examples = [LINE_RULE_EXAMPLES, FRAME_RULE_EXAMPLES, VIEWER_RULE_EXAMPLES].flatMap((set) => Object.values(set).flatMap((e) => e.examples));
    const variants = examples.flatMap((e) => [
      e.toUpperCase(),
      e.toLowerCase(),
      ` ${e}`,
      `同志们，${e}`,
      `${e}。谢谢大家！`,
      e.slice(1),
      e.slice(0, -1),
      e.slice(0, e.length >> 1),
      e.slice(e.length >> 1),
      e.replace(/[A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)), // full-width letters
    ]);
    expect(variants.map(disagreement).filter(Boolean)).toEqual([]);
  });

  it('answers the same on fuzzed lines of the rules’ own characters', () => {
    // pieces of the rules' sources (their literal words), the examples, and the characters around them
    const words = [...new Set(LINE_RULE_SOURCES.flatMap((s) => s.split(/[^\u3000-\u9fff\uff00-\uffefA-Za-z0-9]+/)).filter((w) => w.length > 0 && w.length < 8))];
    const examples = [LINE_RULE_EXAMPLES, FRAME_RULE_EXAMPLES, VIEWER_RULE_EXAMPLES].flatMap((set) => Object.values(set).flatMap((e) => e.examples));
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...examples).map((e) => e.slice(0, 6)),
      fc.constantFrom(' ', '　', ':', '：', '.', '-', '/', '|', '>', '【', '】', '(', '）', '。', '，', '1', '2024', 'www.', '.com', 'QQ', 'vx', 'Ｖ', 'ｖ', 'é', 'Σ', 'ς', '\ud83d', '\ude00', '\t'),
      fc.string({ unit: fc.constantFrom('a', 'Z', '9', '_', '的', '一', '是', '下', '本', '网', '站', '页', '共', '第') , maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const line = parts.join('');
        expect(dispatched(line)).toBe(UNION.test(line));
      }),
      { numRuns: RUNS * 30 },
    );
  });
});

describe('unionTester on other sources', () => {
  const same = (sources: string[], flags: '' | 'i', texts: string[]) => {
    const union = new RegExp(sources.map((s) => `(?:${s})`).join('|'), flags);
    const tester = unionTester(sources, flags);
    for (const text of texts) expect(tester(text), `${sources.join(' | ')} on ${JSON.stringify(text)}`).toBe(union.test(text));
  };

  it('keeps whole what it does not read, and what matches the empty string', () => {
    same(['(a)\\1', '(?<n>b)c'], 'i', ['aa', 'xAAx', 'a', 'bc', 'BC', '']);
    same(['x?', 'y'], '', ['', 'z', 'y']);
    same(['^$', '^a'], '', ['', 'a', 'ba']);
    same(['(?=a)', 'b'], '', ['a', 'b', 'c', '']);
  });

  it('tries anchored alternatives at the start only, floating ones anywhere, case-insensitively', () => {
    const texts = ['abc', 'xabc', 'ABC', 'Ｖ信', 'ｖ信', 'σς', 'Σ', 'bcab', 'c', ' c', 'end', 'theend', 'a\nb', 'ᏸ', 'Ᏸ'];
    same(['^a', 'bc', 'Ｖ信', 'ς', '\\bend$', '^\\s*c', 'Ᏸ'], 'i', texts);
    same(['^a', 'bc', 'Ｖ信', 'ς', '\\bend$', '^\\s*c', 'Ᏸ'], '', texts);
  });

  it('tries an alternative of many first characters where the text holds what it needs', () => {
    const texts = ['document.docx', 'document.doc', 'documentdocx', 'x.pdfy', '网站首页', 'abcde联系老师', 'abcde联系', '联系老师abcde', 'a.PDF'];
    same(['^[^。]{2,90}\\.(?:docx?|pdf)$', '[A-Za-z][A-Za-z0-9]{4}(?:联系)(?:老师)', '[^x]{0,3}首页'], 'i', texts);
  });

  it('answers the same past the bits a scan has for such alternatives (the start-held ones at the start, the rest whole)', () => {
    // 100 groups of many first characters, each needing its own rare character: five held to the start
    const need = (k: number) => String.fromCharCode(0x3400 + k);
    const sources = Array.from({ length: 100 }, (_, k) => `${k % 20 === 1 ? '^' : ''}[\\u4e00-\\u9fff]{2,9}${need(k)}`);
    const texts = Array.from({ length: 100 }, (_, k) => [`中文${need(k)}`, `x中文${need(k)}`, `中${need(k)}`]).flat();
    const plan = planUnion(sources, '');
    expect([plan.wide.length, plan.atStart !== null, plan.rest !== null]).toEqual([90, true, true]);
    same(sources, '', texts);
  });
});
