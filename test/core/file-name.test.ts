import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILE_NAME, safeFileName } from '../../src/core/file-name';

const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** What Windows refuses in a name; macOS and Linux refuse a subset (/ and NUL). */
function windowsProblems(name: string): string[] {
  const problems: string[] = [];
  if (/[<>:"/\\|?*\u0000-\u001f]/.test(name)) problems.push('reserved character');
  if (/[. ]$/.test(name)) problems.push('ends with a dot or space');
  if (/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i.test(name.replace(/ +\./, '.'))) problems.push('device name');
  if (name === '' || name === '.' || name === '..') problems.push('empty');
  return problems;
}

describe('safeFileName', () => {
  it('keeps a Chinese title as it is, with the extension', () => {
    expect(safeFileName('在全县安全生产工作会议上的讲话', { extension: '.docx' })).toBe('在全县安全生产工作会议上的讲话.docx');
  });

  it("turns Windows' reserved characters into their full-width forms, so the title still reads", () => {
    expect(safeFileName('关于“学习/落实”的讲话: 提纲? <草稿> a|b*c\\d "e"', { extension: '.docx' })).toBe(
      '关于“学习／落实”的讲话： 提纲？ ＜草稿＞ a｜b＊c＼d ＂e＂.docx',
    );
  });

  it('drops invisible characters, turns control characters and line breaks into one space', () => {
    expect(safeFileName('在\u200b全县\u202e会议\u0000上\n\n的\t讲话\u2028全文')).toBe('在全县会议 上 的 讲话 全文');
  });

  it('removes dots and spaces at both ends (Windows drops trailing ones; a leading dot hides the file)', () => {
    expect(safeFileName('  ...讲话稿 . . ', { extension: '.docx' })).toBe('讲话稿.docx');
    expect(safeFileName('..', { extension: '.docx' })).toBe(`${DEFAULT_FILE_NAME}.docx`);
    expect(safeFileName('.', { fallback: 'speech' })).toBe('speech');
  });

  it("renames Windows' device names, with or without an extension, in any case", () => {
    for (const device of ['CON', 'con', 'Nul', 'AUX', 'PRN', 'COM1', 'lpt9', 'COM¹', 'CON.tar']) {
      const name = safeFileName(device, { extension: '.docx' });
      expect(windowsProblems(name), name).toEqual([]);
      expect(name.startsWith(device.split('.')[0]!)).toBe(true);
    }
    expect(safeFileName('CONSOLE 讲话', { extension: '.docx' })).toBe('CONSOLE 讲话.docx');
    expect(safeFileName('COM10')).toBe('COM10');
  });

  it('uses the fallback, then 讲话稿, when the title leaves nothing', () => {
    expect(safeFileName('', { extension: '.docx', fallback: 'speech-01' })).toBe('speech-01.docx');
    expect(safeFileName(' \u200b . ', { extension: '.docx' })).toBe(`${DEFAULT_FILE_NAME}.docx`);
    expect(safeFileName('', { fallback: '///' })).toBe('／／／');
    expect(safeFileName('\ud800讲话\udc00')).toBe('讲话');
  });

  it('cuts a long title to the byte limit between characters, extension included', () => {
    const title = '关于进一步加强和改进新时代基层党组织建设工作的讲话'.repeat(10);
    const name = safeFileName(title, { extension: '.docx', maxBytes: 100 });
    expect(utf8Bytes(name)).toBeLessThanOrEqual(100);
    expect(utf8Bytes(name)).toBeGreaterThan(100 - 3);
    expect(name.endsWith('.docx')).toBe(true);
    expect(title.startsWith(name.slice(0, -'.docx'.length))).toBe(true);
    // an astral character (4 bytes, 2 UTF-16 units) is never split
    const astral = safeFileName('𠀀'.repeat(30), { maxBytes: 10 });
    expect(astral).toBe('𠀀𠀀');
    // a cut that lands before a space or dot does not leave it at the end
    expect(safeFileName('讲话稿 . 全文', { maxBytes: 12 })).toBe('讲话稿');
  });

  it('keeps the default limit under the 255 bytes of ext4, APFS and NTFS, with room for " (1)"', () => {
    expect(utf8Bytes(safeFileName('讲'.repeat(300), { extension: '.docx' }))).toBeLessThanOrEqual(200);
  });

  it('always gives a name Windows, macOS and Linux accept, within the limit (any string)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: fc.constantFrom('.', ' ', 'C', 'O', 'N', ':', '讲', '\u200b', '\ud800'), maxLength: 12 })), fc.string({ maxLength: 8 }), fc.integer({ min: 20, max: 255 }), (title, fallback, maxBytes) => {
        const name = safeFileName(title, { extension: '.docx', fallback, maxBytes });
        const stem = name.slice(0, -'.docx'.length);
        expect(stem.length).toBeGreaterThan(0);
        expect(windowsProblems(stem)).toEqual([]);
        expect(windowsProblems(name)).toEqual([]);
        expect(utf8Bytes(name)).toBeLessThanOrEqual(maxBytes);
        expect(encodeURIComponent(name)).toBeTruthy(); // throws on a lone surrogate
      }),
    );
  });
});
