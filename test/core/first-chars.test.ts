import { describe, expect, it } from 'vitest';
import { mayStartAt, startTableOf, type StartTable } from '../../src/core/rules/first-chars';
import { lineRuleStartTable, matchesFrom } from '../../src/core/rules/any-line-rule';
import { LINE_RULES } from '../../src/core/rules/line-rules';
import { CLEAN_SPEECH_SAMPLES, LINE_RULE_EXAMPLES } from '../../src/core/rules/line-rules.examples';
import { loadSeeds } from './seeds';

const tableOf = (pattern: RegExp) => startTableOf(pattern.source, pattern.flags);

/** The positions (> 0) of `line` where the table lets a match of `pattern` begin. */
function startsIn(pattern: RegExp, line: string): number[] {
  const table = tableOf(pattern)!;
  return [...line].map((_, i) => i).filter((i) => i > 0 && mayStartAt(table, line, i));
}

/** A scan that tries `pattern` only at 0 and where the table allows. */
function scan(table: StartTable, pattern: RegExp, line: string): boolean {
  const sticky = new RegExp(pattern.source, pattern.flags + 'y');
  for (let i = 0; i < line.length || i === 0; i++) {
    if (i > 0 && !mayStartAt(table, line, i)) continue;
    sticky.lastIndex = i;
    if (sticky.test(line)) return true;
  }
  return false;
}

describe('startTableOf: the first two characters a match can begin with, away from position 0', () => {
  it('reads literals, alternatives and classes, and their second characters', () => {
    expect(startsIn(/版权所有|免责声明/, '本站版权所有，免费声明')).toEqual([2]);
    expect(startsIn(/(?:剩余|还有)\s*\d+\s*字/, '还剩下一点，还有 300 字')).toEqual([6]);
    expect(startsIn(/[【\[]来源/, '转【来源】[出处]')).toEqual([1]);
  });

  it('looks past optional pieces and lookarounds', () => {
    expect(startsIn(/(?:全文)?(?:阅读|预览)已结束/, '本次全文阅读预览')).toEqual([2, 4, 6]);
    expect(startsIn(/(?=来源)来源：/, '本文来源')).toEqual([2]);
    expect(startsIn(/\s{0,2}第\d/, '共 第1页 第二')).toEqual([1, 2, 5]);
  });

  it('takes nothing from an alternative anchored at the start, unless the anchor is optional', () => {
    expect(startsIn(/^上一篇|下一页/, '上一篇上一篇下一页')).toEqual([6]);
    expect(startsIn(/(?:^本文)?来源/, '本文来源')).toEqual([2]);
  });

  it('lets a one-character match begin whatever follows it', () => {
    expect(startsIn(/©|ICP/i, '版权©2024 icp备')).toEqual([2, 8]);
  });

  it('adds both cases of an ASCII letter under the i flag only', () => {
    expect(startsIn(/vip会员/i, '开通VIP会员 vip会员')).toEqual([2, 8]);
    expect(startsIn(/vip会员/, '开通VIP会员 vip会员')).toEqual([8]);
  });

  it('gives up (no table: every position) on what it cannot narrow', () => {
    expect(tableOf(/[^。]{0,3}会员/)).toBeUndefined();
    expect(tableOf(/.会员/)).toBeUndefined();
    expect(tableOf(/\S会员/)).toBeUndefined();
    expect(tableOf(/会员(?:卡)?|/)).toBeUndefined(); // may match empty, anywhere
    expect(tableOf(/会员/m)).toBeUndefined();
  });

  it('finds what a full scan finds on every rule’s examples, alone and glued into prose', () => {
    for (const rule of LINE_RULES) {
      const table = tableOf(rule.pattern);
      if (!table) continue;
      for (const example of LINE_RULE_EXAMPLES[rule.id]!.examples) {
        for (const line of [example, `要加强学习，切实提高干部队伍的综合素质。${example}`, `${example}。各级党组织要关注群众诉求`]) {
          expect(scan(table, rule.pattern, line), `${rule.id}: ${line}`).toBe(rule.pattern.test(line));
        }
      }
    }
  });
});

describe('the line-rule alternation scanned by its start table', () => {
  const union = new RegExp(LINE_RULES.map((r) => `(?:${r.pattern.source})`).join('|'), 'i');
  const table = lineRuleStartTable();

  it('has a table that rules out most characters of speech prose', () => {
    expect(table).toBeDefined();
    const prose = CLEAN_SPEECH_SAMPLES.join('');
    const candidates = [...prose].filter((_, i) => i > 0 && mayStartAt(table!, prose, i)).length;
    expect(candidates).toBeLessThan(prose.length / 10);
  });

  it('answers as a full scan does on every rule example, glued into a paragraph or not, and on the seeds’ lines', () => {
    const examples = Object.values(LINE_RULE_EXAMPLES).flatMap((e) => [...e.examples, ...e.nonExamples]);
    const glued = examples.flatMap((e) => [`要加强学习，切实提高干部队伍的综合素质。${e}`, `${e}各级党组织要关注群众诉求。`]);
    const seedLines = loadSeeds().flatMap((s) => s.text.split('\n'));
    const lines = [...CLEAN_SPEECH_SAMPLES, ...examples, ...glued, ...seedLines, ''];
    expect(lines.length).toBeGreaterThan(500);
    for (const line of lines) expect(matchesFrom(table!, line), line).toBe(union.test(line));
  });
});

describe('case folding under the i flag, as V8 folds without the u flag', () => {
  it('lets a full-width Latin letter begin a match in either case', () => {
    expect(startsIn(/Ｖ信/i, '请加ｖ信，加Ｖ信')).toEqual([2, 6]);
    expect(startsIn(/Ｖ信/, '请加ｖ信，加Ｖ信')).toEqual([6]);
  });

  it('gives up on other cased letters, whose folding groups it does not follow (µ, μ, Μ)', () => {
    expect(tableOf(/μ值/i)).toBeUndefined();
    expect(tableOf(/μ值/)).toBeDefined();
  });

  it('treats both cases of every ASCII and full-width letter alike in the line rules’ table', () => {
    const table = lineRuleStartTable()!;
    const pairs = [...Array(26).keys()].flatMap((k) => [[0x41 + k, 0x61 + k], [0xff21 + k, 0xff41 + k]]);
    for (const [upper, lower] of pairs) expect(table.first[upper!], String.fromCharCode(upper!)).toBe(table.first[lower!]);
  });
});
