// @vitest-environment happy-dom
// The limits on user rules, as the options page states them: at most MAX_USER_RULES rules of
// MAX_PATTERN_LENGTH characters, no pattern RE2 cannot run in linear time, and a preview that
// waits for the typing to pause.
import { beforeAll, describe, expect, it } from 'vitest';
import { h } from 'preact';
import type { UserRule } from '../../src/core/types';
import { MAX_USER_RULES } from '../../src/core/user-rules';
import { PREVIEW_DELAY_MS, ruleProblem, RuleEditor } from '../../src/options/RuleEditor';
import { previewRule } from '../../src/options/rule-preview';
import { describePath, describeProblem } from '../../src/options/problem-text';
import { readSettingsFile } from '../../src/options/settings-file';
import { installI18n, mount, settle, typeInto } from '../popup/ui-harness';
import { fakePreviewSource } from './fakes';

beforeAll(() => installI18n('zh_CN'));

const regex = (pattern: string): UserRule => ({ pattern, regex: true });
const rulesOf = (n: number): UserRule[] => Array.from({ length: n }, (_, i) => ({ pattern: `广告第${i}条`, regex: false }));

describe('entering a rule', () => {
  it('lookaround and backreferences are refused in Chinese, saying why', () => {
    expect(ruleProblem(regex('(?<=本文)来自'), [])).toMatch(/^不支持前后断言（如 \(\?=…\)、\(\?<=…\)）和反向引用（如 \\1）：这类写法可能让页面卡住，请改写。详情：/);
    expect(ruleProblem(regex('(公文汇)\\1'), [])).toMatch(/^不支持前后断言/);
  });

  it(`the ${MAX_USER_RULES + 1}th rule is refused until one is removed`, () => {
    expect(ruleProblem(regex('本文由.{1,10}整理'), rulesOf(MAX_USER_RULES - 1))).toBeUndefined();
    expect(ruleProblem(regex('本文由.{1,10}整理'), rulesOf(MAX_USER_RULES))).toBe(`自定义规则最多 ${MAX_USER_RULES} 条，请先删掉不用的规则。`);
  });

  it('previews ([^。]+)+。 on a line without 。 as no match, and on sentences as each sentence', () => {
    const line = '我们要坚持以人民为中心的发展思想推动全县经济社会高质量发展！';
    expect(previewRule(regex('([^。]+)+。'), [line, `${line}。`])).toEqual({
      matches: [{ paragraph: 1, text: `${line}。`, spans: [{ start: 0, end: 31 }], whole: true }],
      spanCount: 1,
    });
  });

  it('the preview waits until the typing pauses', async () => {
    const view = await mount(h(RuleEditor, { existing: [], previewSource: fakePreviewSource(), onAdd: async () => undefined }));
    await settle();
    await typeInto(view.find<HTMLTextAreaElement>('textarea'), '第一段广告\n\n第二段');
    await typeInto(view.find<HTMLInputElement>('#rule-pattern'), '广');
    await typeInto(view.find<HTMLInputElement>('#rule-pattern'), '广告');
    expect(view.container.querySelector('.preview-summary')).toBeNull();
    await settle(() => new Promise((resolve) => setTimeout(resolve, PREVIEW_DELAY_MS + 20)));
    expect(view.find('.preview-summary').textContent).toBe('会在 1 段中去掉 1 处（共 2 段）：');
    view.unmount();
  });
});

describe('importing rules', () => {
  it('a file of 100,000 rules is refused whole, with one problem naming the limit', () => {
    const read = readSettingsFile(JSON.stringify({ userRules: Array.from({ length: 100_000 }, () => regex('([^。]+)+。')) }));
    expect(read).toEqual({ problems: [{ path: 'userRules', message: `more than ${MAX_USER_RULES} rules` }] });
    if (!('problems' in read)) return;
    expect(describePath(read.problems[0]!.path)).toBe('自定义去除规则（userRules）');
    expect(describeProblem(read.problems[0]!.message)).toBe(`自定义规则最多 ${MAX_USER_RULES} 条，请先删掉不用的规则。`);
  });

  it(`${MAX_USER_RULES} rules import; a lookaround among them is named by its place`, () => {
    expect(readSettingsFile(JSON.stringify({ userRules: rulesOf(MAX_USER_RULES) }))).toMatchObject({ settings: { userRules: rulesOf(MAX_USER_RULES) } });
    const read = readSettingsFile(JSON.stringify({ userRules: [...rulesOf(3), regex('来自(?=公文汇)')] }));
    expect('problems' in read && read.problems.map((p) => [describePath(p.path), describeProblem(p.message).slice(0, 9)])).toEqual([
      ['自定义规则第 4 条（userRules[3]）', '不支持前后断言（如'],
    ]);
  });
});
