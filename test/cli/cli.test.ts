// Runs the built command (bin/qinggao.mjs → dist/cli/qinggao.cjs) as a user would. The
// expected outputs come from the core's own renderers on the same input, so these tests
// check the command's plumbing (formats, files, stdin, errors), not the core's judgement.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../src/cli/input-limit';
import { analyzeText, renderCleanText, renderMarkdown, renderOutlineText, type Analysis } from '../../src/core/index';
import { SPEECH_PARAGRAPHS, templatePage } from '../dom/html';
import { openDocx } from '../export/docx-xml';
import { ensureCliBuilt } from './built-cli';

const repo = resolve(__dirname, '../..');
const bin = join(repo, 'bin/qinggao.mjs');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A run that does not end by then is killed and has status null: the input made it hang. */
const HANG_GUARD_MS = 20_000;

function qinggao(args: string[], input?: Uint8Array | string): Run {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, input, encoding: 'utf8', timeout: HANG_GUARD_MS });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const stderrLines = (r: Run) => r.stderr.split('\n').filter(Boolean);

let dir: string;
const SPEECH = ['在全县安全生产工作会议上的讲话', '公文汇 www.gongwenhui.com', ...SPEECH_PARAGRAPHS].join('\n');
let expected: Analysis;

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'qinggao-cli-'));
  writeFileSync(join(dir, 'speech.txt'), SPEECH);
  writeFileSync(join(dir, 'speech.md'), SPEECH);
  writeFileSync(join(dir, 'page.html'), templatePage(SPEECH_PARAGRAPHS.map((p) => `<p>${p}<span style="display:none">稿子汇</span></p>`).join('')));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x21, 0x00]));
  writeFileSync(join(dir, 'broken.txt'), new Uint8Array([0xe5, 0x90, 0x8c, 0xff, 0xfe, 0xfd, 0x0a]));
  mkdirSync(join(dir, 'folder.txt'));
  expected = analyzeText(SPEECH);
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('qinggao FILE', () => {
  it('prints the title, a blank line and the outline by default', () => {
    const r = qinggao(['speech.txt']);
    expect(expected.title).toBe('在全县安全生产工作会议上的讲话');
    expect(r).toEqual({ status: 0, stdout: `${expected.title}\n\n${renderOutlineText(expected.outline)}\n`, stderr: '' });
    expect(r.stdout).toContain('一、提高政治站位');
    expect(qinggao(['--outline', 'speech.txt'])).toEqual(r);
  });

  it('--text prints the cleaned text, --markdown the Markdown', () => {
    expect(qinggao(['--text', 'speech.txt']).stdout).toBe(renderCleanText(expected) + '\n');
    expect(qinggao(['--markdown', 'speech.md']).stdout).toBe(renderMarkdown(expected).replace(/\n?$/, '\n'));
  });

  it('--json prints one Analysis object for one file', () => {
    const r = qinggao(['--json', 'speech.txt']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(expected);
  });

  it('--json prints an array for several files, in order', () => {
    const r = qinggao(['--json', 'speech.txt', 'page.html']);
    const analyses = JSON.parse(r.stdout) as Analysis[];
    expect(analyses).toHaveLength(2);
    expect(analyses[0]).toEqual(expected);
    expect(analyses[1]!.paragraphs.join('')).toContain('今天召开全县安全生产工作会议');
  });

  it('reads an HTML page through the DOM shell: hidden junk and site chrome are set aside', () => {
    const analysis = JSON.parse(qinggao(['--json', 'page.html']).stdout) as Analysis;
    expect(analysis.paragraphs.join('\n')).not.toMatch(/稿子汇|热门文章|ICP备|当前位置/);
    expect(analysis.removed.filter((r) => r.reason === 'hidden').map((r) => r.text)).toEqual(SPEECH_PARAGRAPHS.map(() => '稿子汇'));
  });

  it('puts a "==> name <==" header over each file when printing several', () => {
    const r = qinggao(['speech.txt', 'speech.md']);
    const outline = `${expected.title}\n\n${renderOutlineText(expected.outline)}`;
    expect(r.stdout).toBe(`==> speech.txt <==\n${outline}\n\n==> speech.md <==\n${outline}\n`);
  });

  it('reads standard input for "-" (text or HTML, sniffed)', () => {
    expect(qinggao(['--json', '-'], SPEECH).stdout).toBe(qinggao(['--json', 'speech.txt']).stdout);
    const html = readFileSync(join(dir, 'page.html'));
    expect(qinggao(['--json', '-'], html).stdout).toBe(qinggao(['--json', 'page.html']).stdout);
  });

  it('takes --host for an HTML page', () => {
    const analysis = JSON.parse(qinggao(['--json', '--host', 'www.gongwenhui.com', 'page.html']).stdout) as Analysis;
    expect(analysis.meta.host).toBe('www.gongwenhui.com');
  });
});

describe('qinggao with bad input', () => {
  it.each([
    ['missing.txt', 'no such file'],
    ['folder.txt', 'is a directory'],
    ['empty.txt', 'empty file'],
    ['binary.txt', 'binary file'],
    ['broken.txt', 'undecodable: neither UTF-8 nor GBK'],
  ])('%s: one stderr line naming it, exit 2, the other files still printed', (file, reason) => {
    const r = qinggao(['--json', 'speech.txt', file, 'speech.md']);
    expect(r.status).toBe(2);
    expect(stderrLines(r)).toEqual([`qinggao: ${file}: ${reason}`]);
    // the array stays aligned with the arguments: the bad file is { file, error } in its place
    expect(JSON.parse(r.stdout)).toEqual([expected, { file, error: reason }, expected]);
    expect(qinggao(['--json', file])).toEqual({ status: 2, stdout: JSON.stringify({ file, error: reason }, null, 2) + '\n', stderr: `qinggao: ${file}: ${reason}\n` });
  });

  it('an empty standard input is named <stdin>', () => {
    const r = qinggao(['-'], '');
    expect(r).toEqual({ status: 2, stdout: '', stderr: 'qinggao: <stdin>: empty file\n' });
  });

  it('an unknown option prints the usage on stderr and exits 2', () => {
    const r = qinggao(['--frobnicate', 'speech.txt']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^qinggao: unknown option --frobnicate\nUsage: qinggao/);
  });

  it('--help prints the usage, --version the package version', () => {
    expect(qinggao(['--help'])).toMatchObject({ status: 0, stdout: expect.stringMatching(/^Usage: qinggao/) });
    const { version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string };
    expect(qinggao(['--version'])).toEqual({ status: 0, stdout: `qinggao ${version}\n`, stderr: '' });
  });

  it('says how to build when dist/cli is missing', () => {
    mkdirSync(join(dir, 'unbuilt/bin'), { recursive: true });
    for (const name of readdirSync(join(repo, 'bin'))) copyFileSync(join(repo, 'bin', name), join(dir, 'unbuilt/bin', name));
    const r = spawnSync(process.execPath, [join(dir, 'unbuilt/bin/qinggao.mjs'), 'x.txt'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('qinggao: not built yet — run "npm run build:cli"\n');
  });
});

describe('qinggao on inputs that used to hang, crash or say nothing', () => {
  const notRegular = (kind: string) => `not a regular file (${kind}); to read a stream, give "-" and send it to standard input`;

  it('a named pipe with no writer is refused at once: one line, exit 2, the array still aligned', () => {
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const r = qinggao(['--json', 'pipe.txt', 'speech.txt']);
    expect(r.status).toBe(2);
    expect(stderrLines(r)).toEqual([`qinggao: pipe.txt: ${notRegular('a named pipe')}`]);
    expect(JSON.parse(r.stdout)).toEqual([{ file: 'pipe.txt', error: notRegular('a named pipe') }, expected]);
  });

  it('/dev/zero is refused as a device, not read for ever', () => {
    expect(qinggao(['/dev/zero'])).toEqual({ status: 2, stdout: '', stderr: `qinggao: /dev/zero: ${notRegular('a character device')}\n` });
  });

  it('standard input stops at the size limit (qinggao - < /dev/zero)', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const r = spawnSync(process.execPath, [bin, '-'], { cwd: dir, stdio: [zero, 'pipe', 'pipe'], encoding: 'utf8', timeout: HANG_GUARD_MS });
      expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ status: 2, stdout: '', stderr: 'qinggao: <stdin>: too large: the limit is 10 MB\n' });
    } finally {
      closeSync(zero);
    }
  });

  it('a file over the size limit is refused before it is read, with its size', () => {
    writeFileSync(join(dir, 'huge.html'), '');
    truncateSync(join(dir, 'huge.html'), MAX_INPUT_BYTES + 1);
    expect(qinggao(['huge.html'])).toEqual({ status: 2, stdout: '', stderr: 'qinggao: huge.html: too large (10.0 MB): the limit is 10 MB\n' });
  });

  it('states the size limit in --help and in the README', () => {
    expect(qinggao(['--help']).stdout).toMatch(/at most\s+10 MB/);
    expect(readFileSync(join(repo, 'README.md'), 'utf8')).toMatch(/at most 10 MB per file/);
  });

  it('a file name with a newline stays on one line, quoted', () => {
    const r = qinggao(['speech.txt', 'bad\nname.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('qinggao: "bad\\nname.txt": no such file\n');
  });

  it('reads UTF-16 without a byte order mark, in either byte order, as the same text', () => {
    writeFileSync(join(dir, 'utf16le.txt'), Buffer.from(SPEECH, 'utf16le'));
    writeFileSync(join(dir, 'utf16be.txt'), Buffer.from(SPEECH, 'utf16le').swap16());
    const r = qinggao(['--json', 'utf16le.txt', 'utf16be.txt']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([expected, expected]);
  });

  it('sniffs a UTF-16 page on standard input as HTML, with its byte order mark or without', () => {
    const page = readFileSync(join(dir, 'page.html'), 'utf8');
    const asUtf8 = qinggao(['--json', 'page.html']).stdout;
    for (const input of [Buffer.from(page, 'utf16le'), Buffer.from('\uFEFF' + page, 'utf16le'), Buffer.from('\uFEFF' + page, 'utf16le').swap16()]) {
      expect(qinggao(['--json', '-'], input)).toEqual({ status: 0, stdout: asUtf8, stderr: '' });
    }
  });

  it('an "<html>" inside a comment neither crashes nor loses the text', () => {
    writeFileSync(join(dir, 'comment-text.html'), `<!--<html>-->${SPEECH}`);
    writeFileSync(join(dir, 'comment-paragraphs.html'), `<!-- <html> -->${SPEECH.split('\n').map((p) => `<p>${p}</p>`).join('')}`);
    for (const file of ['comment-text.html', 'comment-paragraphs.html']) {
      const r = qinggao(['--json', file]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const analysis = JSON.parse(r.stdout) as Analysis;
      expect(analysis.paragraphs.join('\n')).toContain(SPEECH_PARAGRAPHS[3]);
      expect(analysis.outline.map((item) => item.marker)).toEqual(['一、', '二、']);
    }
  });

  it('ends quietly when the reader closes the pipe early (qinggao FILE | head)', async () => {
    const lines = Array.from({ length: 8000 }, (_, i) => `${SPEECH_PARAGRAPHS[3]!.slice(0, -1)}，这是第${i + 1}次强调。`);
    writeFileSync(join(dir, 'long.txt'), [SPEECH, ...lines].join('\n'));
    // about 3 MB of JSON: far more than a pipe holds, so the command is still writing when the pipe closes
    const child = spawn(process.execPath, [bin, '--json', 'long.txt'], { cwd: dir });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
  });

  it('--outline on a text that is no speech says so on stderr (exit 0: it was read); --json is unchanged', () => {
    const report = '2023年工作总结\n一、主要工作\n今年以来，我们围绕中心、服务大局，做了大量工作。\n二、存在问题\n一些问题还没有得到根本解决。';
    writeFileSync(join(dir, 'report.txt'), report);
    const analysis = analyzeText(report);
    expect(analysis.isSpeech).toBe(false);
    expect(qinggao(['report.txt'])).toEqual({ status: 0, stdout: '', stderr: 'qinggao: report.txt: not a speech, so no outline (--text prints the cleaned text)\n' });
    expect(qinggao(['--json', 'report.txt'])).toEqual({ status: 0, stdout: JSON.stringify(analysis, null, 2) + '\n', stderr: '' });
  });

  it('--outline on a speech with no numbered outline prints its title and says why there is nothing else', () => {
    const speech = ['在全县安全生产工作会议上的讲话', SPEECH_PARAGRAPHS[0], SPEECH_PARAGRAPHS[1], SPEECH_PARAGRAPHS[3], '谢谢大家！'].join('\n');
    writeFileSync(join(dir, 'short.txt'), speech);
    const analysis = analyzeText(speech);
    expect(analysis).toMatchObject({ isSpeech: true, outline: [] });
    expect(qinggao(['short.txt'])).toEqual({ status: 0, stdout: `${analysis.title}\n`, stderr: 'qinggao: short.txt: a speech with no numbered outline\n' });
  });
});

describe('qinggao --docx OUT', () => {
  const docxText = (path: string) => openDocx(readFileSync(path)).paragraphs.map((p) => p.text);

  it('one FILE: writes OUT, the cleaned speech with the title first, and prints its path', () => {
    const r = qinggao(['--docx', 'one.docx', join(dir, 'speech.txt')]);
    expect(r).toEqual({ status: 0, stdout: 'one.docx\n', stderr: '' });
    expect(docxText(join(dir, 'one.docx'))).toEqual([expected.title, ...expected.paragraphs]);
  });

  it('one FILE and OUT an existing folder: the file goes in it, named from the title', () => {
    mkdirSync(join(dir, 'into'), { recursive: true });
    const r = qinggao(['--docx=into', 'speech.txt']);
    expect(r).toMatchObject({ status: 0, stderr: '' });
    expect(r.stdout).toBe(join('into', `${expected.title}.docx`) + '\n');
    expect(docxText(join(dir, 'into', `${expected.title}.docx`))[0]).toBe(expected.title);
  });

  it('several FILEs: OUT is a folder (made when missing), one .docx per FILE named from its title, none overwritten', () => {
    const r = qinggao(['--docx', 'many', 'speech.txt', 'page.html', 'speech.md']);
    expect(r.status).toBe(0);
    const written = r.stdout.trim().split('\n');
    expect(written).toEqual([
      join('many', `${expected.title}.docx`),
      join('many', '在全县安全生产工作会议上的讲话 (2).docx'),
      join('many', `${expected.title} (3).docx`),
    ]);
    expect(readdirSync(join(dir, 'many')).sort()).toEqual(written.map((w) => w.slice('many/'.length)).sort());
    for (const file of written) expect(docxText(join(dir, file))).toContain(SPEECH_PARAGRAPHS[1]);
  });

  it('names a speech with no title after its FILE', () => {
    writeFileSync(join(dir, 'untitled.txt'), SPEECH_PARAGRAPHS.join('\n'));
    expect(analyzeText(SPEECH_PARAGRAPHS.join('\n')).title).toBe('');
    const r = qinggao(['--docx', 'untitled-out', 'untitled.txt', 'speech.txt']);
    expect(r.stdout.split('\n')[0]).toBe(join('untitled-out', 'untitled.docx'));
    expect(qinggao(['--docx', 'stdin-out', '-', 'speech.txt'], SPEECH_PARAGRAPHS.join('\n')).stdout.split('\n')[0]).toBe(join('stdin-out', '讲话稿.docx'));
  });

  it('a FILE that cannot be read: one stderr line, exit 2, the others still written', () => {
    const r = qinggao(['--docx', 'partial', 'speech.txt', 'empty.txt', 'missing.txt']);
    expect(r.status).toBe(2);
    expect(stderrLines(r)).toEqual(['qinggao: empty.txt: empty file', 'qinggao: missing.txt: no such file']);
    expect(readdirSync(join(dir, 'partial'))).toEqual([`${expected.title}.docx`]);
  });

  it('several FILEs and OUT an existing file: a clear error, nothing written, exit 2', () => {
    writeFileSync(join(dir, 'taken.docx'), 'x');
    const r = qinggao(['--docx', 'taken.docx', 'speech.txt', 'speech.md']);
    expect(r).toEqual({ status: 2, stdout: '', stderr: 'qinggao: taken.docx: is a file; with several FILEs, --docx needs a folder\n' });
    expect(readFileSync(join(dir, 'taken.docx'), 'utf8')).toBe('x');
  });

  it('OUT in a folder that does not exist: a clear error, exit 2', () => {
    const r = qinggao(['--docx', 'no/such/folder/x.docx', 'speech.txt']);
    expect(r).toEqual({ status: 2, stdout: '', stderr: 'qinggao: no/such/folder/x.docx: cannot write: no such folder\n' });
  });

  it('--docx with an output format, or without OUT, is a usage error', () => {
    expect(qinggao(['--docx', 'x.docx', '--json', 'speech.txt']).stderr).toMatch(/^qinggao: --docx writes a Word document, not --json output\n/);
    expect(qinggao(['speech.txt', '--docx']).stderr).toMatch(/^qinggao: --docx needs a file name/);
  });

  it('--help says where the documents go', () => {
    expect(qinggao(['--help']).stdout).toMatch(/--docx OUT[\s\S]*several FILEs → OUT is a folder/);
  });
});
