// @vitest-environment happy-dom
// The 清稿台 in happy-dom: a typed or pasted speech becomes a document shown with the popup's
// view (title, outline, cleaned text, removed list), without the page actions a page has.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { h } from 'preact';
import { analyzeText } from '../../src/core/analyze';
import { DeskApp } from '../../src/desk/DeskApp';
import { readDeskFile } from '../../src/desk/read-file';
import { recordingClipboard } from '../popup/fixtures';
import { click, installI18n, mount, settle, typeInto } from '../popup/ui-harness';

const SEED = readFileSync(join(__dirname, '../../../shared/seeds/003_3bff632dc2e1cae2.txt'), 'utf8');
const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

beforeAll(() => installI18n('zh_CN'));

function desk(extra: Partial<Parameters<typeof DeskApp>[0]> = {}) {
  return h(DeskApp, {
    clipboard: recordingClipboard(),
    readFile: (file: File) => readDeskFile(file, { parseHtml }),
    parseHtml,
    initialDepth: 4,
    saveDepth: () => undefined,
    initialIndent: '  ',
    saveIndent: () => undefined,
    ...extra,
  });
}

/** A paste event carrying these clipboard flavours (happy-dom has no ClipboardEvent data). */
function pasteInto(target: Element, flavours: Record<string, string>) {
  const event = new Event('paste', { bubbles: true, cancelable: true }) as Event & { clipboardData: unknown };
  event.clipboardData = { getData: (type: string) => flavours[type] ?? '' };
  target.dispatchEvent(event);
  return event;
}

describe('清稿台', () => {
  it('analyzes typed text: title, outline, cleaned text and the removed list, no page actions', async () => {
    const expected = analyzeText(SEED);
    const ui = await mount(desk());
    expect(ui.text()).toContain('还没有文稿');
    await typeInto(ui.find<HTMLTextAreaElement>('textarea'), SEED);
    await click(ui.button('清稿'));
    expect(ui.find('.page-title').textContent).toBe(expected.title);
    expect(ui.findAll('.outline-tree li').length).toBeGreaterThan(0);
    expect(ui.text()).toContain(expected.outline[0]!.text.slice(0, 10));
    expect(ui.find('.removed-section').textContent).toContain(String(expected.removed.length));
    // a document is no page: nothing to clean or undo
    expect(ui.findAll('.page-actions')).toEqual([]);
    expect(ui.findAll('.document-open').map((b) => b.textContent)).toEqual([`粘贴的文本 1${expected.title}`]);
    ui.unmount();
  });

  it('reads a paste holding HTML by its paragraphs (the watermark span dropped), and switches between documents', async () => {
    const ui = await mount(desk());
    await typeInto(ui.find<HTMLTextAreaElement>('textarea'), SEED);
    await click(ui.button('清稿'));
    const html =
      '<html><body><h1>在全市安全生产工作会议上的讲话</h1><p>同志们：</p>' +
      '<p>今天召开会议，主要任务是部署安全生产工作。<span style="display:none">公文汇www.gongwenhui.com</span>下面，我讲三点意见。</p>' +
      '<p>一、提高思想认识</p><p>安全生产是发展的底线。</p><p>二、压实工作责任</p><p>各级要把责任落到实处。</p>' +
      '<p>三、加强督促检查</p><p>要开展明查暗访。</p></body></html>';
    const event = await (async () => {
      let e: Event | undefined;
      await settle(() => (e = pasteInto(ui.find('textarea'), { 'text/html': html, 'text/plain': 'ignored plain text' })));
      return e!;
    })();
    expect(event.defaultPrevented).toBe(true);
    expect(ui.find('.page-title').textContent).toBe('在全市安全生产工作会议上的讲话');
    expect(ui.findAll('.outline-tree li').map((li) => li.textContent?.replace(/\s+/g, ''))).toEqual(['一、提高思想认识', '二、压实工作责任', '三、加强督促检查']);
    expect(ui.text()).not.toContain('gongwenhui');
    const items = ui.findAll('.document-item');
    expect(items).toHaveLength(2);
    await click(items[0]!.querySelector('.document-open')!);
    expect(ui.find('.page-title').textContent).toBe(analyzeText(SEED).title);
    ui.unmount();
  });
});

describe('清稿台 settings and limits', () => {
  it("applies the user's own noise rules to a paste, as on web pages", async () => {
    const RULE_LINE = '本材料由城关镇党政办整理';
    const text = SEED.replace('同志们:', `${RULE_LINE}\n同志们:`);
    expect(text).toContain(RULE_LINE);
    const ui = await mount(desk({ userRules: [{ pattern: '城关镇党政办整理', regex: false }] }));
    await typeInto(ui.find<HTMLTextAreaElement>('textarea'), text);
    await click(ui.button('清稿'));
    expect(ui.find('.removed-section').textContent).toContain('自定义规则');
    expect(ui.find('.removed-section').textContent).toContain('城关镇党政办整理');
    ui.unmount();
    const without = await mount(desk());
    await typeInto(without.find<HTMLTextAreaElement>('textarea'), text);
    await click(without.button('清稿'));
    expect(without.find('.removed-section').textContent).not.toContain('城关镇党政办整理');
    without.unmount();
  });

  it('refuses a paste over the limit with a message, and makes no document', async () => {
    const ui = await mount(desk());
    await settle(() => pasteInto(ui.find('textarea'), { 'text/plain': '同志们：'.repeat(3_000_000) }));
    expect(ui.findAll('.document-item')).toEqual([]);
    expect(ui.find('.status-bar').textContent).toContain('粘贴的内容太长');
    ui.unmount();
  });
});

describe('清稿台 files', () => {
  // opened through the file chooser (the drop is driven in Chromium, test/e2e: happy-dom has no ondrop for Preact to find)
  it('reads opened files one by one: a GBK .txt, a .docx, and a bad file whose message is shown while the others are read', async () => {
    const { encodeGbk } = await import('../input/gbk-encode.mjs');
    const { docxFromLines } = await import('../input/docx-fixtures');
    const expected = analyzeText(SEED);
    const docx = await docxFromLines(['在全市会议上的讲话', '同志们：', '一、提高认识', '要提高认识。', '二、压实责任', '要压实责任。']);
    const files = [
      new File([encodeGbk(SEED) as BlobPart], '讲话-gbk.txt', { type: 'text/plain' }),
      new File([new TextEncoder().encode('这不是 Word 文档')], '坏文件.docx'),
      new File([docx as BlobPart], '会议讲话.docx'),
    ];
    const ui = await mount(desk());
    await settle(() => {
      const input = ui.find<HTMLInputElement>('input[type=file]');
      Object.defineProperty(input, 'files', { value: files, configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    // each file is read asynchronously (File.arrayBuffer): wait for the third
    for (let turn = 0; turn < 200 && ui.findAll('.document-item').length < 3; turn++) await settle();
    const names = ui.findAll('.document-name').map((n) => n.textContent);
    expect(names).toEqual(['讲话-gbk.txt', '坏文件.docx', '会议讲话.docx']);
    expect(ui.findAll('.document-item').map((li) => li.dataset.state)).toEqual(['ready', 'failed', 'ready']);
    // the first file is shown; the status line counts the one that failed
    expect(ui.find('.page-title').textContent).toBe(expected.title);
    expect(ui.text()).toContain('已读取 2 个文件，1 个无法读取');
    await click(ui.findAll('.document-open')[1]!);
    expect(ui.find('.file-problem').textContent).toContain('这不是有效的 Word 文档');
    await click(ui.findAll('.document-open')[2]!);
    expect(ui.find('.page-title').textContent).toBe('在全市会议上的讲话');
    expect(ui.findAll('.outline-tree li').map((li) => li.textContent?.replace(/\s+/g, ''))).toEqual(['一、提高认识', '二、压实责任']);
    ui.unmount();
  });
});
