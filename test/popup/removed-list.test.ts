// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { h } from 'preact';
import { REMOVED_REASONS, type Removed } from '../../src/core/types';
import { groupRemoved } from '../../src/popup/removed-groups';
import { RemovedList } from '../../src/popup/RemovedList';
import { reasonLabel } from '../../src/popup/reason-labels';
import { installI18n, mount, readLocale } from './ui-harness';
import { speechAnalysis } from './fixtures';

beforeAll(() => installI18n('zh_CN'));

describe('groupRemoved', () => {
  it('groups by reason in the documented order, counts repeats and keeps first-seen order', () => {
    const removed: Removed[] = [
      { text: '首页 > 讲话稿', reason: 'breadcrumb' },
      { text: '公文汇', reason: 'watermark' },
      { text: 'gongwenhui.com', reason: 'watermark' },
      { text: ' 公文汇 ', reason: 'watermark' },
      { text: '扫码关注公众号', reason: 'promo' },
    ];
    expect(groupRemoved(removed)).toEqual([
      {
        reason: 'watermark',
        total: 3,
        entries: [
          { text: '公文汇', count: 2 },
          { text: 'gongwenhui.com', count: 1 },
        ],
      },
      { reason: 'promo', total: 1, entries: [{ text: '扫码关注公众号', count: 1 }] },
      { reason: 'breadcrumb', total: 1, entries: [{ text: '首页 > 讲话稿', count: 1 }] },
    ]);
  });

  it('loses no item: the totals add up to the removed list', () => {
    const removed = speechAnalysis().removed;
    expect(groupRemoved(removed).reduce((sum, g) => sum + g.total, 0)).toBe(removed.length);
  });
});

describe('<RemovedList>', () => {
  it('shows each reason with its count and each distinct text with its repeats', async () => {
    const view = await mount(h(RemovedList, { removed: speechAnalysis().removed }));
    expect(view.find('#removed-heading').textContent).toBe('已移除7 处');
    const groups = view.findAll('details.removed-group');
    expect(groups.map((g) => g.querySelector('summary')!.textContent)).toEqual([
      '水印4',
      '付费、登录提示1',
      '发布信息（时间、来源、阅读数）1',
      '导航路径1',
    ]);
    const watermark = groups[0]!;
    expect([...watermark.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['公文汇×3', 'www.gongwenhui.com']);
    expect(watermark.querySelector('.repeat')!.getAttribute('aria-label')).toBe('重复 3 次');
    view.unmount();
  });

  it('says so when nothing was removed', async () => {
    const view = await mount(h(RemovedList, { removed: [] }));
    expect(view.text()).toBe('已移除没有移除任何内容。');
    view.unmount();
  });

  it('labels a blank removed text instead of showing an empty line', async () => {
    const view = await mount(h(RemovedList, { removed: [{ text: '  ', reason: 'hidden' }] }));
    expect(view.find('.removed-text').textContent).toBe('（空白）');
    view.unmount();
  });
});

describe('reason labels', () => {
  it('every removed reason has its own label in both languages', () => {
    for (const lang of ['zh_CN', 'en'] as const) {
      installI18n(lang);
      const labels = REMOVED_REASONS.map(reasonLabel);
      expect(new Set(labels).size).toBe(REMOVED_REASONS.length);
      for (const [i, label] of labels.entries()) expect(label, REMOVED_REASONS[i]).not.toMatch(/^reason[A-Z]/);
    }
    installI18n('zh_CN');
    expect(readLocale('zh_CN').reasonWatermark!.message).toBe('水印');
  });
});
