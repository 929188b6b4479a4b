// Runs the built command (bin/qinggao.mjs → dist/cli/qinggao.mjs) as a user would. The
// expected outputs come from the core's own renderers on the same input, so these tests
// check the command's plumbing (formats, files, stdin, errors), not the core's judgement.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeText, renderCleanText, renderMarkdown, renderOutlineText, type Analysis } from '../../src/core/index';
import { SPEECH_PARAGRAPHS, templatePage } from '../dom/html';

const repo = resolve(__dirname, '../..');
const bin = join(repo, 'bin/qinggao.mjs');
const built = join(repo, 'dist/cli/qinggao.mjs');

function newestSource(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newestSource(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)),
  );
}

/** Builds the command when dist/cli is missing or older than the code it is built from. */
function ensureBuilt(): void {
  let builtAt = 0;
  try {
    builtAt = statSync(built).mtimeMs;
  } catch {
    // not built yet
  }
  if (builtAt < Math.max(...['src/cli', 'src/dom', 'src/core'].map((d) => newestSource(join(repo, d))))) {
    execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: repo, stdio: 'ignore' });
  }
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function qinggao(args: string[], input?: Uint8Array | string): Run {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const stderrLines = (r: Run) => r.stderr.split('\n').filter(Boolean);

let dir: string;
const SPEECH = ['在全县安全生产工作会议上的讲话', '公文汇 www.gongwenhui.com', ...SPEECH_PARAGRAPHS].join('\n');
let expected: Analysis;

beforeAll(() => {
  ensureBuilt();
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
  it('prints the outline by default', () => {
    const r = qinggao(['speech.txt']);
    expect(r).toEqual({ status: 0, stdout: renderOutlineText(expected.outline) + '\n', stderr: '' });
    expect(r.stdout).toContain('一、提高政治站位');
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
    const outline = renderOutlineText(expected.outline);
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
    expect(JSON.parse(r.stdout)).toEqual([expected, expected]);
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
    copyFileSync(bin, join(dir, 'unbuilt/bin/qinggao.mjs'));
    const r = spawnSync(process.execPath, [join(dir, 'unbuilt/bin/qinggao.mjs'), 'x.txt'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('qinggao: not built yet — run "npm run build:cli"\n');
  });
});
