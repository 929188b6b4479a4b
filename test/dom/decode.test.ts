import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeHtmlBytes, decodeTextBytes, UndecodableError } from '../../src/dom/decode';

// GBK bytes, hard-coded (Node has no GBK encoder); the first test checks them against Node's decoder.
const GBK_SENTENCE = new Uint8Array([
  0xcd, 0xac, 0xd6, 0xbe, 0xc3, 0xc7, 0xa3, 0xba, 0xbd, 0xf1, 0xcc, 0xec, 0xd5, 0xd9, 0xbf, 0xaa, 0xc8, 0xab, 0xcf,
  0xd8, 0xb0, 0xb2, 0xc8, 0xab, 0xc9, 0xfa, 0xb2, 0xfa, 0xb9, 0xa4, 0xd7, 0xf7, 0xbb, 0xe1, 0xd2, 0xe9, 0xa1, 0xa3,
]);
const SENTENCE = '同志们：今天召开全县安全生产工作会议。';
const GBK_TITLE = new Uint8Array([0xbd, 0xb2, 0xbb, 0xb0, 0xb8, 0xe5]); // 讲话稿

const ascii = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, (at += p.length) - p.length);
  return out;
};
const gbkPage = (meta: string) =>
  concat(ascii(`<!DOCTYPE html><html><head>${meta}<title>`), GBK_TITLE, ascii('</title></head><body><p>'), GBK_SENTENCE, ascii('</p></body></html>'));

describe('decodeHtmlBytes', () => {
  it('the GBK fixtures are what they claim to be', () => {
    expect(new TextDecoder('gbk').decode(GBK_SENTENCE)).toBe(SENTENCE);
    expect(new TextDecoder('gbk').decode(GBK_TITLE)).toBe('讲话稿');
  });

  it.each([
    ['<meta charset="gb2312">'],
    ['<meta charset=GBK>'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=gb18030">'],
  ])('reads a page that declares %s', (meta) => {
    const html = decodeHtmlBytes(gbkPage(meta));
    expect(html).toContain(`<title>讲话稿</title>`);
    expect(html).toContain(`<p>${SENTENCE}</p>`);
  });

  it('reads GBK bytes of a page that declares nothing', () => {
    expect(decodeHtmlBytes(gbkPage(''))).toContain(SENTENCE);
  });

  it('keeps valid UTF-8 as UTF-8 even under a stale <meta charset=gb2312>', () => {
    const bytes = ascii(`<html><head><meta charset="gb2312"></head><body><p>${SENTENCE}</p></body></html>`);
    expect(decodeHtmlBytes(bytes)).toContain(SENTENCE);
  });

  it('follows a byte order mark and drops it', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('<p>讲话</p>').flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodeHtmlBytes(utf16)).toBe('<p>讲话</p>');
    expect(decodeHtmlBytes(concat(new Uint8Array([0xef, 0xbb, 0xbf]), ascii('<p>讲话</p>')))).toBe('<p>讲话</p>');
  });

  it('throws UndecodableError for bytes that are neither what the page declares nor UTF-8', () => {
    const broken = concat(ascii('<html><head><meta charset="gbk"></head><body>'), new Uint8Array([0xff, 0xff, 0xff]), ascii('</body></html>'));
    expect(() => decodeHtmlBytes(broken)).toThrow(UndecodableError);
    expect(() => decodeHtmlBytes(broken)).toThrow(/not valid gbk/);
  });

  it('throws for a charset it does not know', () => {
    const bytes = concat(ascii('<meta charset="x-klingon">'), new Uint8Array([0xe9]));
    expect(() => decodeHtmlBytes(bytes)).toThrow(/unknown charset "x-klingon"/);
  });

  it('finds the declared charset in the first 4 KB only', () => {
    expect(declaredCharset(ascii('<meta name="x"><meta charset="GB2312">'))).toBe('gb2312');
    expect(declaredCharset(ascii(`${' '.repeat(5000)}<meta charset="gbk">`))).toBeUndefined();
  });
});

describe('decodeTextBytes', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeTextBytes(ascii(SENTENCE))).toBe(SENTENCE);
    expect(decodeTextBytes(concat(new Uint8Array([0xef, 0xbb, 0xbf]), ascii(SENTENCE)))).toBe(SENTENCE);
  });

  it('reads UTF-16 with its BOM', () => {
    expect(decodeTextBytes(new Uint8Array([0xff, 0xfe, 0xb2, 0x8b, 0xdd, 0x8b]))).toBe('讲话');
    expect(decodeTextBytes(new Uint8Array([0xfe, 0xff, 0x8b, 0xb2, 0x8b, 0xdd]))).toBe('讲话');
  });

  it('falls back to GBK when the bytes are not UTF-8 but read cleanly as GBK', () => {
    expect(decodeTextBytes(GBK_SENTENCE)).toBe(SENTENCE);
  });

  it('throws when the bytes are neither', () => {
    expect(() => decodeTextBytes(new Uint8Array([0x41, 0xff, 0xfe, 0xfd]))).toThrow(UndecodableError);
  });
});
