// The command's code cache (bin/load-bundle.mjs) is only a speed-up: these run the built command
// as a user would, with the cache in a folder of the test's own, and check that a call prints
// the same with no cache, with one, with a damaged one, with none that can be written, and with
// several calls writing it at once.
import { spawn, spawnSync } from 'node:child_process';
import { isAscii } from 'node:buffer';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDirectory, loadBundle } from '../../bin/load-bundle.mjs';
import { ensureCliBuilt } from './built-cli';

const repo = resolve(__dirname, '../..');
const bin = join(repo, 'bin/qinggao.mjs');
const SEED = join(repo, '../shared/seeds/003_3bff632dc2e1cae2.txt');
const PAGE = join(repo, 'test/pages/gongwenhui-anquan-shengchan/page.html');

let dir: string;

function qinggao(cacheHome: string, args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cacheHome }, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const cacheFiles = (cacheHome: string) => {
  try {
    return readdirSync(join(cacheHome, 'qinggao/code-cache')).sort();
  } catch {
    return [];
  }
};

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'qinggao-code-cache-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the command with its code cache', () => {
  it('keeps no cache when there is no home to keep it in, and never one in the working directory', () => {
    const noHome = () => {
      throw new Error('uv_os_homedir returned ENOENT'); // HOME unset, no passwd entry
    };
    expect(cacheDirectory({}, noHome)).toBeUndefined();
    expect(cacheDirectory({}, () => '')).toBeUndefined();
    expect(cacheDirectory({ XDG_CACHE_HOME: 'relative' }, () => 'also-relative')).toBeUndefined();
    expect(cacheDirectory({ XDG_CACHE_HOME: '/xdg' }, noHome)).toBe('/xdg/qinggao/code-cache');
    expect(cacheDirectory({}, () => '/home/u')).toBe('/home/u/.cache/qinggao/code-cache');
  });

  it('writes the cache on the first call and prints the same on the next, for a text and a page', () => {
    const home = join(dir, 'fresh');
    const first = qinggao(home, ['--json', SEED]);
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout).isSpeech).toBe(true);
    expect(cacheFiles(home)).toEqual([expect.stringMatching(/^qinggao\.cjs\.[0-9a-f]{32}\.bin$/)]);
    expect(qinggao(home, ['--json', SEED])).toEqual(first);

    const page = qinggao(home, ['--json', PAGE]);
    expect(page.status).toBe(0);
    expect(cacheFiles(home).some((name) => name.startsWith('parse-html-'))).toBe(true); // linkedom's chunk too
    expect(qinggao(home, ['--json', PAGE])).toEqual(page);
  });

  it('is built in ASCII, which it reads as Latin-1; a file that is not is still read as UTF-8', () => {
    // vite.cli.config.ts escapes every non-ASCII character: the build's files take the fast path
    const built = [join(repo, 'dist/cli/qinggao.cjs'), ...readdirSync(join(repo, 'dist/cli/assets')).map((name) => join(repo, 'dist/cli/assets', name))];
    for (const file of built) expect(isAscii(readFileSync(file)), file).toBe(true);

    const ascii = join(dir, 'ascii.cjs');
    const utf8 = join(dir, 'utf8.cjs');
    writeFileSync(ascii, "module.exports = { text: '\\u8bb2\\u8bdd caf\\u00e9' };\n");
    writeFileSync(utf8, "module.exports = { text: '讲话 café' };\n");
    for (const file of [ascii, utf8]) expect(loadBundle(file, join(dir, 'ascii-cache')).exports).toEqual({ text: '讲话 café' });
  });

  it('never runs a file with the cache made for its old text, even a text of the same length written in place', () => {
    const cache = join(dir, 'rewritten-cache');
    const file = join(dir, 'rewritten.cjs');
    const write = (word: string) => writeFileSync(file, `module.exports.main = () => '${word}';\n`);
    write('first');
    const first = loadBundle(file, cache);
    expect(first.exports.main(['x'])).toBe('first');
    first.saveCache();
    expect(readdirSync(cache)).toHaveLength(1);
    const again = loadBundle(file, cache); // with the cache just made
    expect(again.exports.main(['x'])).toBe('first');
    write('other'); // same length: V8 alone would take the old cache for it
    expect(loadBundle(file, cache).exports.main(['x'])).toBe('other');
  });

  it('prints the same with a damaged cache file, and replaces it', () => {
    const home = join(dir, 'damaged');
    const good = qinggao(home, ['--outline', SEED]);
    const [name] = cacheFiles(home);
    const path = join(home, 'qinggao/code-cache', name!);
    for (const damage of [Buffer.alloc(0), Buffer.from('not V8 code cache data'), Buffer.alloc(300_000, 7)]) {
      writeFileSync(path, damage);
      expect(qinggao(home, ['--outline', SEED])).toEqual(good);
      expect(readFileSync(path).equals(damage)).toBe(false); // refused by V8, so written again
    }
  });

  it('prints the same when no cache can be written: the cache folder is a file, or cannot be made (under /proc)', () => {
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'a file, not a folder');
    const withCache = qinggao(join(dir, 'other'), ['--text', SEED]);
    expect(qinggao(blocked, ['--text', SEED])).toEqual(withCache);
    // Node's recursive mkdir loops for ever there: this call used to hang
    expect(qinggao('/proc/qinggao-no-such-folder', ['--text', SEED])).toEqual(withCache);
  });

  it('several calls at once, all writing the cache, each print the same and leave no temporary file', async () => {
    const home = join(dir, 'concurrent');
    const runs = await Promise.all(
      Array.from({ length: 4 }, (_, i) => {
        const child = spawn(process.execPath, [bin, '--json', i % 2 ? PAGE : SEED], { env: { ...process.env, XDG_CACHE_HOME: home } });
        let stdout = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
        return new Promise<{ i: number; status: number | null; stdout: string }>((done) => child.on('close', (status) => done({ i, status, stdout })));
      }),
    );
    for (const run of runs) {
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(qinggao(home, ['--json', run.i % 2 ? PAGE : SEED]).stdout);
    }
    expect(cacheFiles(home).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
