// UTF-16 without a byte order mark: read as text (not called binary), and real binary data
// with NUL bytes never taken for it.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes, decodeTextBytes } from '../../src/dom/decode';
import { sniffUtf16WithoutBom } from '../../src/dom/decode-utf16';
import { SPEECH_PARAGRAPHS } from './html';

const SPEECH = ['在全县安全生产工作会议上的讲话', ...SPEECH_PARAGRAPHS].join('\r\n');
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());

function headOf(path: string, length: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const head = new Uint8Array(length);
    return head.subarray(0, readSync(fd, head, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

describe('sniffUtf16WithoutBom', () => {
  it('finds the byte order of Chinese, English and mixed text', () => {
    // 一 (U+4E00) puts its NUL in the low byte, a newline in the high byte: both kinds here.
    const chinese = '一、一是一以贯之\n二、一要一抓到底\n';
    for (const text of [SPEECH, chinese, 'Report on the work of the government, 2023\n1. Review\n']) {
      expect(sniffUtf16WithoutBom(utf16le(text))).toBe('utf-16le');
      expect(sniffUtf16WithoutBom(utf16be(text))).toBe('utf-16be');
    }
  });

  it('leaves UTF-8, GBK and NUL-free bytes to the other decoders', () => {
    expect(sniffUtf16WithoutBom(new TextEncoder().encode(SPEECH))).toBeUndefined();
    expect(sniffUtf16WithoutBom(new Uint8Array([0xbd, 0xb2, 0xbb, 0xb0, 0xb8, 0xe5]))).toBeUndefined();
  });

  it('takes no binary file for text: an image, an executable, an archive, zeros', () => {
    const binaries = [
      readFileSync(join(__dirname, '../../public/icons/icon-128.png')),
      headOf(process.execPath, 65536),
      new Uint8Array(4096),
      // a zip local header + deflate-looking bytes
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, ...Array.from({ length: 200 }, (_, i) => (i * 73) % 256)]),
    ];
    for (const bytes of binaries) expect(sniffUtf16WithoutBom(new Uint8Array(bytes))).toBeUndefined();
  });
});

describe('decoding BOM-less UTF-16', () => {
  it('reads a text file and a page in either byte order', () => {
    expect(decodeTextBytes(utf16le(SPEECH))).toBe(SPEECH);
    expect(decodeTextBytes(utf16be(SPEECH))).toBe(SPEECH);
    const page = `<!DOCTYPE html><html><head><meta charset="utf-16"></head><body><p>${SPEECH_PARAGRAPHS.join('</p><p>')}</p></body></html>`;
    expect(decodeHtmlBytes(utf16le(page))).toBe(page);
  });

  it('says which encoding it expected when the bytes break off mid-character', () => {
    const cut = utf16le(SPEECH).subarray(0, 101);
    expect(() => decodeTextBytes(cut)).toThrow(/not valid utf-16le/);
  });
});
