// User patterns run on RE2 (linear time), so no rule the user writes can freeze a page:
// `([^。]+)+。` on a 30-character line without 。 took V8's backtracking engine minutes.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/index';
import { compileUserRules, MAX_USER_RULES, RULE_PROBLEM, userRuleProblem, withRe2Escapes } from '../../src/core/user-rules';
import type { UserRule } from '../../src/core/types';

const regex = (pattern: string): UserRule => ({ pattern, regex: true });
const NESTED = regex('([^。]+)+。');
/** 30 characters, no 。 */
const LINE_WITHOUT_STOP = '我们要坚持以人民为中心的发展思想推动全县经济社会高质量发展！';

describe('([^。]+)+。 as a user rule', () => {
  it('is accepted, finds nothing on a 30-character line without 。 and everything up to each 。', () => {
    expect(LINE_WITHOUT_STOP).toHaveLength(30);
    expect(userRuleProblem(NESTED)).toBeUndefined();
    const [rule] = compileUserRules([NESTED]);
    expect(rule!.spans(LINE_WITHOUT_STOP)).toEqual([]);
    expect(rule!.spans(`${LINE_WITHOUT_STOP}。再来一句。`)).toEqual([
      { start: 0, end: 31 },
      { start: 31, end: 36 },
    ]);
    expect(rule!.spans(LINE_WITHOUT_STOP.repeat(30_000))).toEqual([]); // 900,000 characters
  });

  it('cleaning a speech with it ends, and takes exactly the lines it matches', () => {
    const stamp = '某某文库提醒您下载后注意保存文档。';
    const text = ['在全县安全生产工作会议上的讲话', '同志们：', LINE_WITHOUT_STOP, stamp, '一、提高认识', '安全生产事关人民群众生命财产安全'].join('\n');
    const analysis = analyzeText(text, { userRules: [regex('^某某文库([^。]+)+。$')] });
    expect(analysis.paragraphs).toEqual(['同志们：', LINE_WITHOUT_STOP, '一、提高认识', '安全生产事关人民群众生命财产安全']);
    expect(analysis.removed).toEqual([expect.objectContaining({ reason: 'user-rule', text: stamp })]);
    expect(analyzeText(text, { userRules: [NESTED] }).paragraphs).toContain(LINE_WITHOUT_STOP);
  });
});

describe('what RE2 cannot run is refused with its own problem', () => {
  it.each(['(?<=本文)来自', '来自(?=公文汇)', '(?<!本)文', '(公文汇)\\1'])('%s: lookaround or backreference', (pattern) => {
    expect(userRuleProblem(regex(pattern))).toMatch(new RegExp(`^${RULE_PROBLEM.unsupportedPrefix}`));
    expect(compileUserRules([regex(pattern)])).toEqual([]);
  });

  it('a pattern no engine reads is invalid, one that matches empty text is refused', () => {
    expect(userRuleProblem(regex('[公文汇'))).toMatch(new RegExp(`^${RULE_PROBLEM.invalidPrefix}`));
    expect(userRuleProblem(regex('(公文汇)*'))).toBe(RULE_PROBLEM.matchesEmpty);
    expect(userRuleProblem(regex('字'.repeat(501)))).toBe(RULE_PROBLEM.tooLong);
  });
});

describe('JavaScript escapes in user patterns', () => {
  it('\\uXXXX and \\u{…} are read as RE2 reads \\x{…}; an escaped backslash stays', () => {
    expect(withRe2Escapes('[\\u4e00-\\u9fa5]+\\u{1F600}')).toBe('[\\x{4e00}-\\x{9fa5}]+\\x{1F600}');
    expect(withRe2Escapes('\\\\u4e00')).toBe('\\\\u4e00');
    const [rule] = compileUserRules([regex('【[\\u4e00-\\u9fa5]{2,8}】')]);
    expect(rule!.spans('今天开会。【本文来自某某群】')).toEqual([{ start: 5, end: 14 }]);
  });
});

describe('how many rules run', () => {
  it(`only the first ${MAX_USER_RULES} rules are compiled`, () => {
    const rules = Array.from({ length: MAX_USER_RULES + 50 }, (_, i): UserRule => ({ pattern: `广告${i}号`, regex: false }));
    const compiled = compileUserRules(rules);
    expect(compiled).toHaveLength(MAX_USER_RULES);
    expect(compiled.at(-1)!.source).toBe(`广告${MAX_USER_RULES - 1}号`);
  });
});
