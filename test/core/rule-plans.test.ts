// The line rules' dispatch plan is written out at build time (scripts/gen-rule-plans.mjs):
// it must be what the rules read now, and its scan must answer what the rules' union answers
// (rule-needs.property.test.ts checks the needed characters).
import { describe, expect, it } from 'vitest';
import { LINE_RULE_NEEDS, LINE_RULE_PLAN } from '../../src/core/rules/rule-plans';
import { BODY_CUE_NEEDS } from '../../src/core/rules/speech-cue-plan';
import { BODY_CUES } from '../../src/core/rules/speech-cues';
import { LINE_RULE_SOURCES, LINE_RULES } from '../../src/core/rules/line-rules';
import { planRuleNeeds } from '../../src/core/rules/rule-needs';
import { planUnion, testerOf } from '../../src/core/rules/union-dispatch';

describe('the line rules’ plan, written ahead of time', () => {
  it('is the plan the current rules and cues give (else: node scripts/gen-rule-plans.mjs)', () => {
    expect(LINE_RULE_PLAN).toEqual(planUnion(LINE_RULE_SOURCES, 'i'));
    expect(LINE_RULE_NEEDS).toEqual(planRuleNeeds(LINE_RULES.map((r) => r.pattern)));
    expect(BODY_CUE_NEEDS).toEqual(planRuleNeeds(BODY_CUES.map((c) => c.pattern)));
  });

  it('scans as the union does on lines that match one rule and on prose that matches none', () => {
    const tester = testerOf(LINE_RULE_PLAN);
    const union = new RegExp(LINE_RULE_SOURCES.map((s) => `(?:${s})`).join('|'), 'i');
    const lines = ['本文来源：公文汇 www.gongwenhui.com', '下载文档需要5积分', '全文预览已结束', '同志们：', '今天我们召开这次会议，主要任务是部署安全生产工作。', '一、提高认识'];
    expect(lines.map((l) => tester(l))).toEqual(lines.map((l) => union.test(l)));
    expect(lines.filter((l) => tester(l)).length).toBeGreaterThanOrEqual(3);
  });
});
