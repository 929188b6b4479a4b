// The line rules' gates (required-grams.ts): what each rule cannot match without, read from its
// source. `mayMatchLineRule` runs a rule only on lines its gates let through, so a gate that
// turned a matching line away would silently keep noise: the answers must be the ones one regex
// of every rule gives, on every line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayMatchLineRule } from '../../src/core/rules/any-line-rule';
import { LINE_RULES } from '../../src/core/rules/line-rules';
import { CLEAN_SPEECH_SAMPLES, LINE_RULE_EXAMPLES } from '../../src/core/rules/line-rules.examples';
import { foldCase, gramOf, lineGates, type Gate } from '../../src/core/rules/required-grams';
import { fuzzRuns } from '../fuzz/runs';

/** The question as every rule asks it, in one regex (what any-line-rule.ts ran on every line before it had gates). */
const ANY_RULE = new RegExp(LINE_RULES.map((r) => `(?:${r.pattern.source})`).join('|'), 'i');

const pair = (a: string, b: string) => gramOf(foldCase(a.charCodeAt(0)), foldCase(b.charCodeAt(0)));
const one = (a: string) => foldCase(a.charCodeAt(0));

function admits(gate: Gate, line: string): boolean {
  if (line.length > gate.longestLine) return false;
  if (!gate.grams) return true;
  const grams = new Set(gate.grams);
  for (let at = 0; at < line.length; at++) {
    if (grams.has(one(line[at]!))) return true;
    if (at + 1 < line.length && grams.has(pair(line[at]!, line[at + 1]!))) return true;
  }
  return false;
}

describe('lineGates: what a pattern cannot match without', () => {
  it('takes the rarest gram a sequence must hold: two Chinese characters side by side', () => {
    expect(lineGates('(?:版权|免责)声明')).toEqual([{ grams: [pair('声', '明')], longestLine: Infinity }]);
    expect(lineGates('(?:版权|免责)[:：]')).toEqual([{ grams: [pair('版', '权'), pair('免', '责')], longestLine: Infinity }]);
  });

  it('reads each alternative apart, and knows how long a line an anchored one can match', () => {
    expect(lineGates('^\\d{1,7}$|^共\\s{0,2}\\d{1,4}页$')).toEqual([
      { grams: [...'0123456789'].map(one), longestLine: 7 },
      { grams: [one('共')], longestLine: 1 + 2 + 4 + 1 },
    ]);
    expect(lineGates('^[|¦]\\s*\\S{1,12}$')![0]!.longestLine).toBe(Infinity);
  });

  it('folds ASCII and full-width letters, as a case-insensitive regex reads them', () => {
    expect(lineGates('vip')).toEqual(lineGates('VIP'));
    expect(lineGates('ｖ信')).toEqual(lineGates('Ｖ信'));
    expect(admits(lineGates('VIP')![0]!, '开通vip')).toBe(true);
  });

  it('takes no gram from what may be skipped or what stands between (optional, look-around, negated or wide classes)', () => {
    expect(lineGates('a?b')).toEqual([{ grams: [one('b')], longestLine: Infinity }]);
    expect(lineGates('a(?=b)c')![0]!.grams).not.toContain(pair('a', 'c'));
    expect(lineGates('a\\s*c')![0]!.grams).not.toContain(pair('a', 'c'));
    expect(lineGates('[^。]{0,20}')).toEqual([{ grams: undefined, longestLine: Infinity }]);
    expect(lineGates('[\\u4e00-\\u9fff]{2}')![0]!.grams).toBeUndefined();
    expect(lineGates('μ')![0]!.grams).toBeUndefined(); // a cased letter whose partners it does not list
  });

  it('gives up on syntax it does not know (the rule then runs on every line)', () => {
    for (const source of ['(?<name>版权)', '\\p{L}', '版权{2', '(版权)\\1', '\\k<x>', '版权)', '[版权']) expect(lineGates(source), source).toBeUndefined();
  });
});

describe('the built-in line rules behind their gates', () => {
  it('are all read, and none runs on every line (each alternative has grams or a bounded length)', () => {
    const unread = LINE_RULES.filter((r) => lineGates(r.pattern.source)?.every((g) => g.grams || g.longestLine < Infinity) !== true);
    expect(unread.map((r) => r.id)).toEqual([]);
  });

  it("let every rule's own examples through (in either case)", () => {
    for (const rule of LINE_RULES) {
      const gates = lineGates(rule.pattern.source)!;
      for (const example of LINE_RULE_EXAMPLES[rule.id]!.examples) {
        for (const line of [example, example.toLowerCase(), example.toUpperCase()]) expect(gates.some((g) => admits(g, line)), `${rule.id}: ${line}`).toBe(true);
      }
    }
  });

  it('answer as one regex of every rule does, on lines made of examples, speech and the rules own characters', () => {
    const examples = LINE_RULES.flatMap((r) => LINE_RULE_EXAMPLES[r.id]!.examples);
    const alphabet = [...new Set([...LINE_RULES.map((r) => r.pattern.source).join(''), ...examples.join('')])];
    const piece = fc.oneof(
      fc.constantFrom(...examples),
      fc.constantFrom(...CLEAN_SPEECH_SAMPLES),
      fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }).map((chars) => chars.join('')),
    );
    const line = fc
      .tuple(fc.array(piece, { minLength: 1, maxLength: 4 }), fc.nat(), fc.nat(), fc.constantFrom('as is', 'lower', 'upper'))
      .map(([pieces, from, to, kase]) => {
        const text = pieces.join('');
        const cut = text.slice(from % (text.length + 1), text.length - (to % 3 === 0 ? to % (text.length + 1) : 0));
        return kase === 'lower' ? cut.toLowerCase() : kase === 'upper' ? cut.toUpperCase() : cut;
      });
    fc.assert(
      fc.property(line, (text) => mayMatchLineRule(text) === ANY_RULE.test(text)),
      { numRuns: fuzzRuns(10) },
    );
  });
});
