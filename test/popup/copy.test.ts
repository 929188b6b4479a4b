// @vitest-environment happy-dom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { h } from 'preact';
import { OutlineSection } from '../../src/popup/OutlineSection';
import { TextSection, characterCount } from '../../src/popup/TextSection';
import { copyRich } from '../../src/popup/clipboard';
import { choose, click, installI18n, mount } from './ui-harness';
import { recordingClipboard, speechAnalysis } from './fixtures';

beforeAll(() => installI18n('zh_CN'));

async function outlineSection(depth: number, indent: string, clipboard = recordingClipboard()) {
  const reports: string[] = [];
  const view = await mount(
    h(OutlineSection, {
      outline: speechAnalysis().outline,
      depth,
      onDepthChange: () => undefined,
      indent,
      onIndentChange: () => undefined,
      clipboard,
      onReport: (m: string) => reports.push(m),
    }),
  );
  return { view, reports, clipboard };
}

describe('copying the outline', () => {
  it('writes markers as written, two-space indentation, and an HTML flavour that keeps the levels', async () => {
    const { view, reports, clipboard } = await outlineSection(4, '  ');
    await click(view.button('复制提纲'));
    expect(clipboard.writes).toHaveLength(1);
    const write = clipboard.writes[0]!;
    expect(write.kind).toBe('rich');
    expect(write.plain).toBe(
      [
        '一、认清形势，切实增强做好安全生产工作的责任感',
        '  （一）成绩来之不易。',
        '  （二）问题不容忽视。',
        '二、突出重点，全力抓好安全生产各项工作',
        '  （一）强化源头管控。',
        '    1.抓好危险化学品安全。',
        '    2.抓好道路交通安全。',
        '三、压实责任，确保各项措施落到实处',
      ].join('\n'),
    );
    // one heading per item, by level, with Word's outline level; deeper items indented further
    const html = new DOMParser().parseFromString(write.html!, 'text/html');
    const rows = [...html.body.children];
    expect(rows.map((p) => p.textContent)).toEqual(write.plain!.split('\n').map((line) => line.trim()));
    expect(rows.map((p) => p.tagName)).toEqual(['H1', 'H2', 'H2', 'H1', 'H2', 'H3', 'H3', 'H1']);
    expect(rows[5]!.getAttribute('style')).toContain('mso-outline-level:3');
    expect(rows[5]!.getAttribute('style')).toContain('margin-left:64pt');
    expect(rows[0]!.getAttribute('style')).toContain("font-family:'黑体'");
    expect(reports).toEqual(['已复制提纲（8 条）']);
    view.unmount();
  });

  it('opens the rich copy with the title, and leaves the fonts to the document with the 公文 format off', async () => {
    const clipboard = recordingClipboard();
    const view = await mount(
      h(OutlineSection, {
        title: '在2024年度全市安全生产工作会议上的讲话',
        outline: speechAnalysis().outline,
        gongwenFormat: false,
        depth: 4,
        onDepthChange: () => undefined,
        indent: '  ',
        onIndentChange: () => undefined,
        clipboard,
        onReport: () => undefined,
      }),
    );
    await click(view.button('复制提纲'));
    const write = clipboard.writes[0]!;
    const rows = [...new DOMParser().parseFromString(write.html!, 'text/html').body.children];
    expect(rows[0]!.textContent).toBe('在2024年度全市安全生产工作会议上的讲话');
    expect(rows[1]!.tagName).toBe('H1');
    expect(write.html).not.toContain('font-family');
    expect(write.plain!.split('\n')[0]).toBe('一、认清形势，切实增强做好安全生产工作的责任感');
    view.unmount();
  });

  it('copies only the levels chosen, with the chosen indent, and says how many', async () => {
    const { view, reports, clipboard } = await outlineSection(2, '\u3000\u3000');
    await click(view.button('复制提纲'));
    expect(clipboard.writes[0]!.plain).toBe(
      [
        '一、认清形势，切实增强做好安全生产工作的责任感',
        '\u3000\u3000（一）成绩来之不易。',
        '\u3000\u3000（二）问题不容忽视。',
        '二、突出重点，全力抓好安全生产各项工作',
        '\u3000\u3000（一）强化源头管控。',
        '三、压实责任，确保各项措施落到实处',
      ].join('\n'),
    );
    expect(reports).toEqual(['已复制提纲（6 条）']);
    expect(view.text()).toContain('提纲6 条');
    view.unmount();
  });

  it('falls back to plain text when the browser refuses the rich write, or has none', async () => {
    for (const clipboard of [recordingClipboard({ refuseRich: true }), recordingClipboard({ rich: false })]) {
      const { view, reports } = await outlineSection(1, '  ', clipboard);
      await click(view.button('复制提纲'));
      expect(clipboard.writes).toEqual([
        {
          kind: 'text',
          plain: '一、认清形势，切实增强做好安全生产工作的责任感\n二、突出重点，全力抓好安全生产各项工作\n三、压实责任，确保各项措施落到实处',
        },
      ]);
      expect(reports).toEqual(['已复制提纲（3 条）']);
      view.unmount();
    }
  });

  it('copies Markdown as a nested list within the depth', async () => {
    const { view, reports, clipboard } = await outlineSection(2, '  ');
    await click(view.button('复制为 Markdown'));
    const lines = clipboard.writes[0]!.plain!.split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('- 一、认清形势，切实增强做好安全生产工作的责任感');
    expect(lines[1]).toBe('  - （一）成绩来之不易。');
    expect(reports).toEqual(['已复制 Markdown 提纲（6 条）']);
    view.unmount();
  });

  it('reports a refused clipboard instead of claiming success', async () => {
    const clipboard = {
      writeText: () => Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError')),
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { view, reports } = await outlineSection(4, '  ', clipboard as never);
    await click(view.button('复制提纲'));
    expect(reports).toEqual(['复制失败：浏览器拒绝写入剪贴板，请再点一次。']);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
    view.unmount();
  });

  it('at the deepest choice copies points nested below the fourth level too, and labels it 4+', async () => {
    const outline = [
      { level: 1, marker: '一、', text: '总体要求' },
      { level: 2, marker: '（一）', text: '指导思想' },
      { level: 3, marker: '1.', text: '坚持党的领导' },
      { level: 4, marker: '（1）', text: '加强思想建设' },
      { level: 5, marker: '一是', text: '抓好理论学习' },
    ];
    const clipboard = recordingClipboard();
    const reports: string[] = [];
    const props = {
      outline,
      onDepthChange: () => undefined,
      indent: '  ',
      onIndentChange: () => undefined,
      clipboard,
      onReport: (m: string) => reports.push(m),
    };
    const deepest = await mount(h(OutlineSection, { ...props, depth: 4 }));
    expect(deepest.find('input[value="4"]').getAttribute('aria-label')).toBe('显示全部层级');
    expect(deepest.find('input[value="4"] + span').textContent).toBe('4+');
    expect(deepest.findAll('.outline-row')).toHaveLength(5);
    await click(deepest.button('复制提纲'));
    expect(clipboard.writes[0]!.plain!.split('\n').at(-1)).toBe('        一是抓好理论学习');
    expect(reports).toEqual(['已复制提纲（5 条）']);
    deepest.unmount();

    const third = await mount(h(OutlineSection, { ...props, depth: 3 }));
    await click(third.button('复制提纲'));
    expect(clipboard.writes[1]!.plain!.split('\n')).toHaveLength(3);
    third.unmount();
  });

  it('offers the indent choices and reports the one picked', async () => {
    const picked: string[] = [];
    const view = await mount(
      h(OutlineSection, {
        outline: speechAnalysis().outline,
        depth: 4,
        onDepthChange: () => undefined,
        indent: '  ',
        onIndentChange: (i: string) => picked.push(i),
        clipboard: recordingClipboard(),
        onReport: () => undefined,
      }),
    );
    const select = view.find<HTMLSelectElement>('.indent-chooser select');
    expect([...select.options].map((o) => o.textContent)).toEqual(['两个空格', '全角空格', '制表符', '不缩进']);
    await choose(select, '2');
    expect(picked).toEqual(['\t']);
    view.unmount();
  });

  it('shows an empty state and no copy buttons when there is no outline', async () => {
    const view = await mount(
      h(OutlineSection, {
        outline: [],
        depth: 4,
        onDepthChange: () => undefined,
        indent: '  ',
        onIndentChange: () => undefined,
        clipboard: recordingClipboard(),
        onReport: () => undefined,
      }),
    );
    expect(view.text()).toContain('没有找到“一、（一）1.”这类层级标题。');
    expect(view.findAll('button')).toHaveLength(0);
    view.unmount();
  });
});

describe('copying the full text', () => {
  it('copies the cleaned text with its title and reports paragraphs and characters', async () => {
    const analysis = speechAnalysis();
    const clipboard = recordingClipboard();
    const reports: string[] = [];
    const view = await mount(h(TextSection, { analysis, clipboard, onReport: (m: string) => reports.push(m) }));
    await click(view.button('复制全文'));
    expect(clipboard.writes[0]!.kind).toBe('rich');
    const text = clipboard.writes[0]!.plain!;
    // the rich flavour: title, then every paragraph, headings at their level, body indented two characters
    const rows = [...new DOMParser().parseFromString(clipboard.writes[0]!.html!, 'text/html').body.children];
    expect(rows.map((r) => r.textContent)).toEqual([analysis.title, ...analysis.paragraphs]);
    expect(rows.filter((r) => /^H\d$/.test(r.tagName)).map((r) => r.textContent!.slice(0, 4))).toEqual(
      analysis.paragraphs.filter((p) => /^(一|二|三|（一|（二|1\.|2\.)/.test(p)).map((p) => p.slice(0, 4)),
    );
    expect(rows[1]!.getAttribute('style')).toContain('text-indent:32pt');
    expect(text.startsWith('在2024年度全市安全生产工作会议上的讲话\n\n同志们：\n')).toBe(true);
    expect(text.split('\n').slice(2)).toEqual(analysis.paragraphs);
    const characters = characterCount(analysis.paragraphs);
    expect(reports).toEqual([`已复制全文（11 段，${characters} 字）`]);

    await click(view.button('复制全文 Markdown'));
    const markdown = clipboard.writes[1]!.plain!;
    expect(markdown.startsWith('# 在2024年度全市安全生产工作会议上的讲话')).toBe(true);
    expect(reports[1]).toBe('已复制全文 Markdown（11 段）');
    view.unmount();
  });

  it('counts characters the way writers do: no spaces, one per Chinese character', () => {
    expect(characterCount(['同志们：', 'a b\u3000c', '𠀋'])).toBe(8);
  });
});

describe('copyRich', () => {
  it('sends both flavours in one item', async () => {
    const clipboard = recordingClipboard();
    await copyRich(clipboard, 'plain', '<p>rich</p>');
    expect(clipboard.writes).toEqual([{ kind: 'rich', plain: 'plain', html: '<p>rich</p>' }]);
  });
});
