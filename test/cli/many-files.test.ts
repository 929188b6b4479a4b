// One call with 10,000 FILEs (issue 11): every file answered, in argument order, with an
// unreadable one as `{ file, error }` in its place, and the output written file by file (so
// memory does not grow with the number of files): the last FILE is standard input, which the
// test sends only once the 10,000 files before it are on stdout. Kept until the end, nothing
// would come, and the run would never finish. Not timed: speed is measured by `npm run bench`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/index';
import { SPEECH_PARAGRAPHS, templatePage } from '../dom/html';
import { ensureCliBuilt } from './built-cli';

const repo = resolve(__dirname, '../..');
const bin = join(repo, 'bin/qinggao.mjs');

const FILES = 10_000;

const titleOf = (i: number) => `在第${i}次全县安全生产工作会议上的讲话`;
const nameOf = (i: number) => `${String(i).padStart(5, '0')}.${i % 1000 === 999 ? 'html' : 'txt'}`;
/** Every 500th file is empty: an error entry in its place. */
const isEmpty = (i: number) => i % 500 === 250;

let dir: string;
const names: string[] = [];

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'qinggao-many-'));
  for (let i = 0; i < FILES; i++) {
    const name = nameOf(i);
    names.push(name);
    const content = isEmpty(i) ? '' : name.endsWith('.html') ? templatePage(SPEECH_PARAGRAPHS.map((p) => `<p>${p}</p>`).join(''), { title: titleOf(i) }) : [titleOf(i), ...SPEECH_PARAGRAPHS].join('\n');
    writeFileSync(join(dir, name), content);
  }
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 120_000);

const STDIN_SPEECH = [titleOf(FILES), ...SPEECH_PARAGRAPHS].join('\n');

/** Runs the command with "-" as the last FILE; standard input is sent once `ready(stdout so far)` holds. */
function qinggaoThenStdin(args: string[], ready: (stdout: string) => boolean): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args, '-'], { cwd: dir });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (!sent && ready(stdout)) {
        sent = true;
        child.stdin.end(STDIN_SPEECH);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function qinggao(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30, timeout: 600_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

describe('qinggao with 10,000 FILEs', () => {
  it('--json: an array in argument order, written as it goes (standard input, the last FILE, is sent only once the files before it are out), an unreadable file as { file, error } in its place', async () => {
    const lastFile = `"title": "${titleOf(FILES - 1)}"`;
    const r = await qinggaoThenStdin(['--json', ...names], (stdout) => stdout.includes(lastFile));
    expect(r.status).toBe(2); // the empty files
    const entries = JSON.parse(r.stdout) as (Analysis | { file: string; error: string })[];
    expect(entries).toHaveLength(FILES + 1);
    expect(entries.pop()).toMatchObject({ title: titleOf(FILES), isSpeech: true });
    const wrong = entries.flatMap((entry, i) => {
      const expected = isEmpty(i) ? { file: names[i], error: 'empty file' } : { title: titleOf(i), isSpeech: true };
      return expect.objectContaining(expected).asymmetricMatch(entry) ? [] : [`${names[i]}: ${JSON.stringify(entry).slice(0, 120)}`];
    });
    expect(wrong).toEqual([]);
    const outlines = entries.filter((e): e is Analysis => 'outline' in e).map((e) => e.outline.map((item) => item.marker).join(' '));
    expect(new Set(outlines)).toEqual(new Set(['一、 二、']));
    expect(r.stderr.split('\n').filter(Boolean)).toEqual(names.filter((_, i) => isEmpty(i)).map((name) => `qinggao: ${name}: empty file`));
  }, 600_000);

  it('--outline: one "==> name <==" part per readable file, in argument order', () => {
    const some = names.slice(0, 1_000);
    const r = qinggao(some);
    expect(r.signal).toBeNull();
    const headers = [...r.stdout.matchAll(/^==> (.+) <==\n(.+)\n/gm)].map((m) => [m[1], m[2]]);
    expect(headers).toEqual(some.flatMap((name, i) => (isEmpty(i) ? [] : [[name, titleOf(i)]])));
  }, 600_000);
});
