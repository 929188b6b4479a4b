// @vitest-environment happy-dom
// "下载 Word" in the popup: the click makes the .docx (outline at the chosen depth, or the whole
// text), names it from the title and hands it to an <a download>; the file is opened and read.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { h } from 'preact';
import { OutlineSection } from '../../src/popup/OutlineSection';
import { TextSection } from '../../src/popup/TextSection';
import { saveFile } from '../../src/popup/save-file';
import { openDocx } from '../export/docx-xml';
import { click, installI18n, mount, settle } from './ui-harness';
import { recordingClipboard, speechAnalysis } from './fixtures';

beforeAll(() => installI18n('zh_CN'));

interface SavedLink {
  href: string;
  download: string;
  blob?: Blob;
}

/** Records each <a download> the popup clicks, with the Blob behind a blob: URL. */
function recordDownloads() {
  const links: SavedLink[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const listener = (event: Event) => {
    const link = event.target as HTMLAnchorElement;
    if (link.tagName !== 'A') return;
    event.preventDefault(); // happy-dom would otherwise try to navigate
    links.push({ href: link.getAttribute('href')!, download: link.download, blob: blobs.get(link.getAttribute('href')!) });
  };
  document.addEventListener('click', listener, true);
  return { links, stop: () => document.removeEventListener('click', listener, true) };
}

async function bytesOf(link: SavedLink): Promise<Uint8Array> {
  if (link.blob) return new Uint8Array(await link.blob.arrayBuffer());
  const base64 = link.href.slice(link.href.indexOf(',') + 1);
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

async function waitForReport(reports: string[]) {
  await vi.waitFor(async () => {
    await settle();
    expect(reports).toHaveLength(1);
  }, { timeout: 20_000, interval: 50 });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('下载 Word', () => {
  it('saves the whole cleaned text as a .docx named from the title, with headings at their levels', async () => {
    const analysis = speechAnalysis();
    const downloads = recordDownloads();
    const reports: string[] = [];
    const view = await mount(h(TextSection, { analysis, clipboard: recordingClipboard(), onReport: (m: string) => reports.push(m) }));
    await click(view.button('下载 Word'));
    await waitForReport(reports);
    downloads.stop();
    expect(reports).toEqual([`已下载 Word：${analysis.title}.docx`]);
    expect(downloads.links).toHaveLength(1);
    const [link] = downloads.links;
    expect(link!.download).toBe(`${analysis.title}.docx`);
    expect(link!.href).toMatch(/^blob:/);
    expect(link!.blob!.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const { paragraphs } = openDocx(await bytesOf(link!));
    expect(paragraphs.map((p) => p.text)).toEqual([analysis.title, ...analysis.paragraphs]);
    expect(paragraphs.filter((p) => p.outlineLevel !== undefined).map((p) => `${p.outlineLevel}:${p.text.slice(0, 4)}`)).toEqual([
      '0:一、认清',
      '1:（一）成',
      '1:（二）问',
      '0:二、突出',
      '1:（一）强',
      '2:1.抓好',
      '2:2.抓好',
      '0:三、压实',
    ]);
    expect(document.querySelectorAll('a[download]')).toHaveLength(0); // the link is gone again
    view.unmount();
  });

  it('saves the outline down to the chosen depth, named "…（提纲）.docx"', async () => {
    const analysis = speechAnalysis();
    const downloads = recordDownloads();
    const reports: string[] = [];
    const view = await mount(
      h(OutlineSection, {
        title: analysis.title,
        outline: analysis.outline,
        depth: 2,
        onDepthChange: () => undefined,
        indent: '  ',
        onIndentChange: () => undefined,
        clipboard: recordingClipboard(),
        onReport: (m: string) => reports.push(m),
      }),
    );
    await click(view.button('下载 Word'));
    await waitForReport(reports);
    downloads.stop();
    const [link] = downloads.links;
    expect(link!.download).toBe(`${analysis.title}（提纲）.docx`);
    const { paragraphs } = openDocx(await bytesOf(link!));
    expect(paragraphs.map((p) => p.text)).toEqual([
      analysis.title,
      ...analysis.outline.filter((i) => i.level <= 2).map((i) => i.marker + i.text),
    ]);
    view.unmount();
  });

  it('says so when the document cannot be made, and the button works again', async () => {
    const downloads = recordDownloads();
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
      throw new Error('no Blob URLs here');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const reports: string[] = [];
    const view = await mount(h(TextSection, { analysis: speechAnalysis(), clipboard: recordingClipboard(), onReport: (m: string) => reports.push(m) }));
    await click(view.button('下载 Word'));
    await waitForReport(reports);
    downloads.stop();
    expect(reports).toEqual(['生成 Word 文档失败，请再点一次。']);
    expect(view.button('下载 Word').disabled).toBe(false);
    view.unmount();
  });
});

describe('saveFile', () => {
  it("uses a data: URL in Firefox's extension pages, where a Blob URL dies with the popup", async () => {
    const downloads = recordDownloads();
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x7f]);
    saveFile(bytes, '讲话稿.docx', 'application/octet-stream', { dataUrl: true });
    downloads.stop();
    expect(URL.createObjectURL).not.toHaveBeenCalled();
    expect(downloads.links).toEqual([{ href: 'data:application/octet-stream;base64,UEsDBP8Afw==', download: '讲话稿.docx', blob: undefined }]);
    expect(await bytesOf(downloads.links[0]!)).toEqual(bytes);
  });

  it('encodes a file larger than one chunk of the base64 encoder', async () => {
    const downloads = recordDownloads();
    const bytes = Uint8Array.from({ length: 40_000 }, (_, i) => (i * 7) & 0xff);
    saveFile(bytes, 'x.docx', 'application/octet-stream', { dataUrl: true });
    downloads.stop();
    expect(await bytesOf(downloads.links[0]!)).toEqual(bytes);
  });
});
