// Reading one input's bytes, as the command line and the 清稿台 both do: the kind (extension,
// else the bytes), the encodings (UTF-8 with or without BOM, UTF-16 LE/BE with or without BOM,
// GBK), a page's declared charset, and one reason for each input that cannot be read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeContent } from '../../src/input/analyze-content';
import { inputKind } from '../../src/input/input-kind';
import { InputProblem } from '../../src/input/input-problem';
import { readDocument, type DocumentContent } from '../../src/input/read-document';
import { parseHtmlDocument } from '../../src/cli/parse-html';
import { analyzeText } from '../../src/core/analyze';
import { docxFromLines } from './docx-fixtures';
import { encodeGbk } from './gbk-encode.mjs';

const SEED = readFileSync(join(__dirname, '../../../shared/seeds/003_3bff632dc2e1cae2.txt'), 'utf8');
const SPEECH = SEED.split('\n').slice(0, 40).join('\n');

const utf16 = (text: string, order: 'le' | 'be', bom: boolean): Uint8Array => {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  const units = (bom ? '\uFEFF' : '') + text;
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), order === 'le');
  return bytes;
};
const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

const textOf = (content: DocumentContent): string => {
  if (content.kind !== 'text') throw new Error(`read as ${content.kind}`);
  return content.text;
};

function problem(name: string, bytes: Uint8Array): string | undefined {
  try {
    readDocument(name, bytes);
  } catch (error) {
    if (error instanceof InputProblem) return error.code;
    throw error;
  }
  return undefined;
}

describe('readDocument: encodings of a .txt', () => {
  it.each([
    ['UTF-8', utf8(SPEECH)],
    ['UTF-8 with a byte order mark', concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(SPEECH))],
    ['UTF-16 LE with a byte order mark', utf16(SPEECH, 'le', true)],
    ['UTF-16 BE with a byte order mark', utf16(SPEECH, 'be', true)],
    ['UTF-16 LE without one', utf16(SPEECH, 'le', false)],
    ['UTF-16 BE without one', utf16(SPEECH, 'be', false)],
    ['GBK', encodeGbk(SPEECH)],
  ])('%s reads as the speech', (_what, bytes) => {
    expect(textOf(readDocument('讲话.txt', bytes))).toBe(SPEECH);
  });

  it('the GBK bytes are GBK (not valid UTF-8), so the fallback is what read them', () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(encodeGbk(SPEECH))).toThrow();
  });
});

describe('readDocument: HTML and .docx', () => {
  it('reads an HTML file in its declared charset (GBK) through the same DOM shell as pages', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="gb2312"><title>讲话</title></head><body><div class="content">${SPEECH.split('\n')
      .filter(Boolean)
      .map((line) => `<p>${line}</p>`)
      .join('')}</div></body></html>`;
    const content = readDocument('page.htm', encodeGbk(html));
    expect(content.kind).toBe('html');
    const analysis = analyzeContent(content, { parseHtml: parseHtmlDocument });
    expect(analysis.outline.map((i) => i.text)).toEqual(analyzeText(SPEECH).outline.map((i) => i.text));
  });

  it('reads a .docx as its paragraphs, by its extension or, without one, by its zip signature', async () => {
    const bytes = await docxFromLines(['在全市会议上的讲话', '同志们：', '一、提高认识', '要提高认识。']);
    for (const name of ['讲话.docx', '讲话.DOCX', '-']) {
      const content = readDocument(name, bytes);
      expect(content.kind).toBe('docx');
      if (content.kind === 'docx') expect(content.paragraphs.map((p) => p.text)).toEqual(['在全市会议上的讲话', '同志们：', '一、提高认识', '要提高认识。']);
    }
    const analysis = analyzeContent(readDocument('讲话.docx', bytes), { parseHtml: parseHtmlDocument });
    expect(analysis.title).toBe('在全市会议上的讲话');
  });

  it('tells the kind by the extension first, then by the bytes', () => {
    expect(inputKind('a.txt', utf8('<html><body>x</body></html>'))).toBe('text');
    expect(inputKind('a.html', utf8('同志们'))).toBe('html');
    expect(inputKind('-', utf8('<!DOCTYPE html><html></html>'))).toBe('html');
    expect(inputKind('-', utf8('同志们：'))).toBe('text');
    expect(inputKind('a.docx', utf8('同志们：'))).toBe('docx');
  });
});

describe('readDocument: what cannot be read', () => {
  it.each([
    ['empty.txt', new Uint8Array(0), 'empty'],
    ['empty.docx', new Uint8Array(0), 'empty'],
    ['picture.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'binary'],
    ['archive.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]), 'binary'],
    ['broken.txt', new Uint8Array([0xe5, 0x90, 0x8c, 0xff, 0xfe, 0xfd, 0x0a]), 'undecodable'],
    ['broken-bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0xe5, 0x90, 0x8c, 0xff]), 'undecodable'],
    ['renamed.docx', utf8('同志们：今天开会。'), 'docx-not-zip'],
  ])('%s: %s', (name, bytes, code) => {
    expect(problem(name, bytes)).toBe(code);
  });

  it('refuses text over 10 MB and a .docx over 30 MB by their size', () => {
    expect(problem('big.txt', new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41))).toBe('too-large');
    expect(problem('ok.txt', new Uint8Array(10 * 1024 * 1024).fill(0x41))).toBeUndefined();
    expect(problem('big.docx', new Uint8Array(30 * 1024 * 1024 + 1))).toBe('too-large');
  });
});
