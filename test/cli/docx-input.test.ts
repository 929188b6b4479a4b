// The command reads .docx files (contract.md): a Word document made by the tests with the
// `docx` package reads like the same speech as text, a document the command wrote reads back
// as what it was written from, and a .docx that is no Word document costs one stderr line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeText, renderOutlineText, type Analysis } from '../../src/core/index';
import { SPEECH_PARAGRAPHS } from '../dom/html';
import { docxFromLines, zipParts } from '../input/docx-fixtures';
import { ensureCliBuilt } from './built-cli';

const bin = join(resolve(__dirname, '../..'), 'bin/qinggao.mjs');
const TITLE = '在全县安全生产工作会议上的讲话';
const LINES = [TITLE, ...SPEECH_PARAGRAPHS];
let dir: string;
let docxBytes: Uint8Array;
const asText = analyzeText(LINES.join('\n'));

function qinggao(args: string[], input?: Uint8Array) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, input, encoding: 'utf8', timeout: 20_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const outlineOf = (analysis: Analysis) => analysis.outline.map(({ level, marker, text }) => ({ level, marker, text }));

beforeAll(async () => {
  ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'qinggao-docx-in-'));
  docxBytes = await docxFromLines(LINES);
  writeFileSync(join(dir, 'speech.docx'), docxBytes);
  writeFileSync(join(dir, 'speech.txt'), LINES.join('\n'));
  writeFileSync(join(dir, 'not-a-zip.docx'), LINES.join('\n'));
  writeFileSync(join(dir, 'no-document.docx'), zipParts({ 'content.xml': '<office:document-content/>' }));
  writeFileSync(join(dir, 'empty-body.docx'), zipParts({ 'word/document.xml': '<w:document xmlns:w="x"><w:body><w:p/></w:body></w:document>' }));
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('qinggao FILE.docx', () => {
  it('reads the title and outline of a Word document as of the same speech in a text file', () => {
    expect(asText.title).toBe(TITLE);
    expect(asText.outline.length).toBeGreaterThanOrEqual(2);
    const r = qinggao(['speech.docx']);
    expect(r).toEqual({ status: 0, stdout: `${TITLE}\n\n${renderOutlineText(asText.outline)}\n`, stderr: '' });
    const analysis = JSON.parse(qinggao(['--json', 'speech.docx']).stdout) as Analysis;
    expect(analysis.isSpeech).toBe(true);
    expect(outlineOf(analysis)).toEqual(outlineOf(asText));
    expect(analysis.paragraphs).toEqual(asText.paragraphs);
  });

  it('reads a .docx from standard input by its zip signature', () => {
    const analysis = JSON.parse(qinggao(['--json', '-'], docxBytes).stdout) as Analysis;
    expect(analysis.title).toBe(TITLE);
    expect(outlineOf(analysis)).toEqual(outlineOf(asText));
  });

  it('reads back a .docx it wrote (--docx): the same title, paragraphs and outline levels', () => {
    expect(qinggao(['--docx', 'written.docx', 'speech.txt']).status).toBe(0);
    const analysis = JSON.parse(qinggao(['--json', 'written.docx']).stdout) as Analysis;
    expect(analysis.title).toBe(asText.title);
    expect(analysis.paragraphs).toEqual(asText.paragraphs);
    expect(outlineOf(analysis)).toEqual(outlineOf(asText));
  });

  it.each([
    ['not-a-zip.docx', 'not a Word document: a .docx is a zip archive, and this file is not one'],
    ['no-document.docx', 'not a Word document: the zip holds no word/document.xml'],
    ['empty-body.docx', 'empty document: the Word file holds no text'],
  ])('%s: one stderr line naming it, exit 2, the other files still read', (file, reason) => {
    const r = qinggao(['--json', 'speech.docx', file, 'speech.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`qinggao: ${file}: ${reason}\n`);
    const [first, bad, last] = JSON.parse(r.stdout) as [Analysis, unknown, Analysis];
    expect(bad).toEqual({ file, error: reason });
    expect(first.title).toBe(TITLE);
    expect(last.title).toBe(TITLE);
  });
});
