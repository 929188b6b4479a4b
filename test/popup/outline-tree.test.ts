// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { h } from 'preact';
import type { OutlineItem } from '../../src/core/types';
import { buildOutlineTree, countWithinDepth, depthLimit } from '../../src/popup/outline-tree';
import { OutlineTree } from '../../src/popup/OutlineTree';
import { click, installI18n, mount, settle } from './ui-harness';

const item = (level: number, marker: string, text: string): OutlineItem => ({ level, marker, text });

// A 述职/工作报告 style outline: four GB/T 9704 levels plus a skipped level.
const OUTLINE: OutlineItem[] = [
  item(1, '一、', '提高政治站位，切实增强责任感'),
  item(2, '（一）', '深刻认识重要意义'),
  item(3, '1.', '是贯彻落实上级部署的需要'),
  item(4, '（1）', '统一思想'),
  item(3, '2.', '是推动高质量发展的需要'),
  item(2, '（二）', '准确把握目标任务'),
  item(1, '二、', '突出工作重点，扎实推进各项任务'),
  item(3, '1.', '直接跳到第三级的条目'),
  item(1, '三、', '加强组织领导，确保取得实效'),
];

describe('buildOutlineTree', () => {
  it('nests each item under the nearest earlier item of a lower level', () => {
    const tree = buildOutlineTree(OUTLINE);
    expect(tree.map((n) => n.item.marker)).toEqual(['一、', '二、', '三、']);
    const first = tree[0]!;
    expect(first.children.map((n) => n.item.text)).toEqual(['深刻认识重要意义', '准确把握目标任务']);
    expect(first.children[0]!.children.map((n) => n.item.marker)).toEqual(['1.', '2.']);
    expect(first.children[0]!.children[0]!.children.map((n) => n.item.text)).toEqual(['统一思想']);
  });

  it('hangs a skipped level directly under its parent and keeps every item exactly once', () => {
    const tree = buildOutlineTree(OUTLINE);
    expect(tree[1]!.children.map((n) => n.item.text)).toEqual(['直接跳到第三级的条目']);
    const seen: number[] = [];
    const walk = (nodes: ReturnType<typeof buildOutlineTree>) =>
      nodes.forEach((n) => {
        seen.push(n.index);
        walk(n.children);
      });
    walk(tree);
    expect(seen).toEqual(OUTLINE.map((_, i) => i));
  });

  it('makes items before any top-level heading roots instead of dropping them', () => {
    const tree = buildOutlineTree([item(2, '（一）', '开头没有一级标题'), item(1, '一、', '一级'), item(2, '（一）', '二级')]);
    expect(tree.map((n) => n.item.text)).toEqual(['开头没有一级标题', '一级']);
    expect(tree[1]!.children).toHaveLength(1);
  });

  it('counts within the chosen depth; the deepest choice counts everything', () => {
    expect(countWithinDepth(OUTLINE, 1)).toBe(3);
    expect(countWithinDepth(OUTLINE, 2)).toBe(5);
    expect(countWithinDepth(OUTLINE, 3)).toBe(8);
    const deeper = [...OUTLINE, item(5, '①', '第五级')];
    expect(countWithinDepth(deeper, depthLimit(3))).toBe(8);
    expect(countWithinDepth(deeper, depthLimit(4))).toBe(10);
  });
});

describe('<OutlineTree>', () => {
  beforeAll(() => installI18n('zh_CN'));

  const visibleRows = (container: HTMLElement) =>
    [...container.querySelectorAll('.outline-row')]
      .filter((row) => !row.closest('[hidden]'))
      .map((row) => row.querySelector('.outline-marker')!.textContent! + row.querySelector('.outline-text')!.textContent!);

  it('shows markers as written, nested by level', async () => {
    const view = await mount(h(OutlineTree, { nodes: buildOutlineTree(OUTLINE), maxDepth: 4 }));
    expect(visibleRows(view.container)).toEqual(OUTLINE.map((i) => i.marker + i.text));
    const nested = view.find('.outline-children .outline-children .outline-children');
    expect(nested.querySelector('.outline-marker')!.textContent).toBe('（1）');
    expect(nested.querySelector('.outline-text')!.textContent).toBe('统一思想');
    view.unmount();
  });

  it('filters by depth', async () => {
    const view = await mount(h(OutlineTree, { nodes: buildOutlineTree(OUTLINE), maxDepth: 2 }));
    expect(visibleRows(view.container)).toEqual([
      '一、提高政治站位，切实增强责任感',
      '（一）深刻认识重要意义',
      '（二）准确把握目标任务',
      '二、突出工作重点，扎实推进各项任务',
      '三、加强组织领导，确保取得实效',
    ]);
    // 二、 has only a level-3 child: nothing to fold at depth 2
    expect(view.findAll('button.outline-toggle')).toHaveLength(1);
    view.unmount();
  });

  it('collapses and expands a node with a labelled toggle and aria-expanded', async () => {
    const view = await mount(h(OutlineTree, { nodes: buildOutlineTree(OUTLINE), maxDepth: 4 }));
    const toggle = view.find<HTMLButtonElement>('button[aria-label="折叠“一、提高政治站位，切实增强责任感”"]');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const controlled = view.find(`#${toggle.getAttribute('aria-controls')}`);

    await click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-label')).toBe('展开“一、提高政治站位，切实增强责任感”');
    expect(controlled.hidden).toBe(true);
    expect(visibleRows(view.container)).toEqual([
      '一、提高政治站位，切实增强责任感',
      '二、突出工作重点，扎实推进各项任务',
      '1.直接跳到第三级的条目',
      '三、加强组织领导，确保取得实效',
    ]);

    await click(toggle);
    expect(controlled.hidden).toBe(false);
    expect(visibleRows(view.container)).toHaveLength(OUTLINE.length);
    view.unmount();
  });

  it('folds with ArrowLeft, unfolds with ArrowRight and moves between toggles with ArrowDown', async () => {
    const view = await mount(h(OutlineTree, { nodes: buildOutlineTree(OUTLINE), maxDepth: 4 }));
    const [first, second] = view.findAll<HTMLButtonElement>('button.outline-toggle');
    const key = (target: HTMLElement, name: string) =>
      settle(() => target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true })));

    await key(first!, 'ArrowLeft');
    expect(first!.getAttribute('aria-expanded')).toBe('false');
    await key(first!, 'ArrowRight');
    expect(first!.getAttribute('aria-expanded')).toBe('true');
    first!.focus();
    await key(first!, 'ArrowDown');
    expect(document.activeElement).toBe(second);
    view.unmount();
  });
});
