// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { h } from 'preact';
import type { UserRule } from '../../src/core/types';
import { PREVIEW_DELAY_MS, ruleProblem, RuleEditor } from '../../src/options/RuleEditor';
import { paragraphsFromPastedText, previewRule } from '../../src/options/rule-preview';
import { choose, click, installI18n, mount, settle, typeInto } from '../popup/ui-harness';
import { fakePreviewSource } from './fakes';

beforeAll(() => installI18n('zh_CN'));

/** The preview follows the pattern once typing pauses. */
const previewShown = () => settle(() => new Promise((resolve) => setTimeout(resolve, PREVIEW_DELAY_MS + 20)));

const text = (pattern: string): UserRule => ({ pattern, regex: false });
const regex = (pattern: string): UserRule => ({ pattern, regex: true });

describe('rule validation messages', () => {
  it('explains each unusable rule in Chinese', () => {
    expect(ruleProblem(text('   '), [])).toBe('规则不能为空。');
    expect(ruleProblem(text('字'.repeat(501)), [])).toBe('规则太长，最多 500 个字符。');
    expect(ruleProblem(regex('(.*)'), [])).toBe('这个正则表达式能匹配空文字，会误伤正文，请写得更具体。');
    expect(ruleProblem(regex('本文由(.{1,10}整理'), [])).toMatch(/^不是有效的正则表达式：.*(group|paren|\()/i);
    expect(ruleProblem(text('更多范文'), [text('更多范文')])).toBe('已经有这条规则了。');
  });

  it('accepts a usable rule, and the same pattern as the other kind', () => {
    expect(ruleProblem(regex('本文由.{1,10}整理'), [])).toBeUndefined();
    expect(ruleProblem(regex('更多范文'), [text('更多范文')])).toBeUndefined();
  });
});

describe('previewRule', () => {
  const paragraphs = [
    '同志们：',
    '今天召开会议。更多范文请关注公众号：公文汇。会议的主要任务是部署工作。',
    '更多范文请关注公众号：公文汇',
    '  本文由公文汇网友整理  ',
    '要坚持问题导向。更多范文请关注公众号：公文汇更多范文请关注公众号：公文汇',
  ];

  it('finds every occurrence of plain text, with its spans, and marks whole paragraphs', () => {
    const preview = previewRule(text('更多范文请关注公众号：公文汇'), paragraphs);
    expect(preview.matches.map((m) => m.paragraph)).toEqual([1, 2, 4]);
    expect(preview.spanCount).toBe(4);
    expect(preview.matches[0]!.spans).toEqual([{ start: 7, end: 21 }]);
    expect(preview.matches.map((m) => m.whole)).toEqual([false, true, false]);
    expect(preview.matches[2]!.spans).toHaveLength(2);
  });

  it('runs a regular expression, treating surrounding spaces as part of a whole paragraph', () => {
    const preview = previewRule(regex('本文由.{1,10}整理'), paragraphs);
    expect(preview.matches).toEqual([
      { paragraph: 3, text: '  本文由公文汇网友整理  ', spans: [{ start: 2, end: 12 }], whole: true },
    ]);
  });

  it('matches nothing for an unusable rule, and ignores empty matches', () => {
    expect(previewRule(regex('('), paragraphs)).toEqual({ matches: [], spanCount: 0 });
    expect(previewRule(regex('x*公文汇'), ['公文汇']).spanCount).toBe(1);
    expect(previewRule(regex('公?文?汇?z*'), ['abc']).spanCount).toBe(0);
  });

  it('splits pasted text into non-empty trimmed paragraphs', () => {
    expect(paragraphsFromPastedText('同志们：\r\n\r\n  一、总体要求 \n二、重点任务')).toEqual(['同志们：', '一、总体要求', '二、重点任务']);
  });
});

describe('<RuleEditor>', () => {
  const tab = {
    id: 12,
    title: '在全市安全生产工作会议上的讲话',
    host: 'www.gongwenhui.com',
    paragraphs: ['同志们：', '安全生产责任重于泰山。本文来自公文汇', '本文来自公文汇', '二、压实责任'],
  };

  it('shows the error as the user types and keeps the add button disabled', async () => {
    const added: UserRule[] = [];
    const view = await mount(
      h(RuleEditor, { existing: [], previewSource: fakePreviewSource(), onAdd: async (r: UserRule) => added.push(r) }),
    );
    await settle();
    await choose(view.find<HTMLInputElement>('input[type="checkbox"]'), true);
    await typeInto(view.find<HTMLInputElement>('#rule-pattern'), '[公文汇');
    const problem = view.find('#rule-problem');
    expect(problem.textContent).toMatch(/^不是有效的正则表达式：/);
    expect(problem.getAttribute('role')).toBe('alert');
    expect(view.find('#rule-pattern').getAttribute('aria-invalid')).toBe('true');
    expect(view.button('添加规则').disabled).toBe(true);

    await typeInto(view.find<HTMLInputElement>('#rule-pattern'), '本文来自.{2,6}$');
    expect(view.find('#rule-problem').textContent).toBe('按正则表达式查找（RE2 语法，区分大小写；不支持前后断言和反向引用），任何规则都不会让页面卡住。');
    await click(view.button('添加规则'));
    expect(added).toEqual([{ pattern: '本文来自.{2,6}$', regex: true }]);
    expect(view.find<HTMLInputElement>('#rule-pattern').value).toBe('');
    view.unmount();
  });

  it('previews against the most recent template tab, marking what would go', async () => {
    const view = await mount(h(RuleEditor, { existing: [], previewSource: fakePreviewSource([tab]), onAdd: async () => undefined }));
    await settle();
    const select = view.find<HTMLSelectElement>('.preview-source select');
    expect(select.value).toBe('12');
    expect(select.options[0]!.textContent).toBe('在全市安全生产工作会议上的讲话 — www.gongwenhui.com');
    await click(view.button('读取这个页面的文字'));
    await typeInto(view.find<HTMLInputElement>('#rule-pattern'), '本文来自公文汇');
    await previewShown();
    expect(view.find('.preview-summary').textContent).toBe('会在 2 段中去掉 2 处（共 4 段）：');
    const items = view.findAll('.preview-list li');
    expect(items.map((li) => li.getAttribute('value'))).toEqual(['2', '3']);
    expect(items[0]!.querySelector('mark')!.textContent).toBe('本文来自公文汇');
    expect(items[0]!.textContent).toBe('安全生产责任重于泰山。本文来自公文汇');
    expect(items[1]!.querySelector('.tag')!.textContent).toBe('整段');

    await typeInto(view.find<HTMLInputElement>('#rule-pattern'), '扫码关注');
    await previewShown();
    expect(view.find('.preview-summary').textContent).toBe('在 4 段文字中没有找到匹配，这条规则不会去掉任何内容。');
    view.unmount();
  });

  it('previews against pasted text when no template page is open, page text shown as text', async () => {
    const view = await mount(h(RuleEditor, { existing: [], previewSource: fakePreviewSource(), onAdd: async () => undefined }));
    await settle();
    expect(view.text()).toContain('没有打开的范文网站页面；可以粘贴一段文字来预览。');
    await typeInto(view.find<HTMLTextAreaElement>('textarea'), '第一段<img src=x onerror=alert(1)>广告\n\n第二段');
    await typeInto(view.find<HTMLInputElement>('#rule-pattern'), '广告');
    await previewShown();
    expect(view.find('.preview-summary').textContent).toBe('会在 1 段中去掉 1 处（共 2 段）：');
    expect(view.container.querySelector('img')).toBeNull();
    expect(view.find('.preview-list li').textContent).toBe('第一段<img src=x onerror=alert(1)>广告');
    view.unmount();
  });

  it('says when the chosen tab cannot be read', async () => {
    const source = fakePreviewSource([tab]);
    source.paragraphs = () => Promise.reject(new Error('gone'));
    const view = await mount(h(RuleEditor, { existing: [], previewSource: source, onAdd: async () => undefined }));
    await settle();
    await click(view.button('读取这个页面的文字'));
    expect(view.text()).toContain('无法读取这个页面，请刷新该页面后重试，或改用粘贴的文字。');
    view.unmount();
  });
});
