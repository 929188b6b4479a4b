// Runs the built command on one page with a preload that counts the calls of one global function
// (atob, Intl.NumberFormat): for tests that a build change keeps a costly call out of every run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureCliBuilt } from './built-cli';

const bin = resolve(__dirname, '../../bin/qinggao.mjs');

export interface CountedRun {
  status: number | null;
  stderr: string;
  analysis: { isSpeech: boolean; paragraphs: string[]; outline: { text: string }[] };
  /** how often the function was called (or constructed) in the whole process */
  calls: number;
}

/** `qinggao --json` on `html`, counting calls of `owner.name` (`owner` a global: globalThis, Intl). */
export function runCountingCalls(html: string, owner: 'globalThis' | 'Intl', name: string): CountedRun {
  ensureCliBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'qinggao-counting-'));
  try {
    const page = join(dir, 'page.html');
    writeFileSync(page, html);
    const counter = join(dir, 'count-calls.cjs');
    const target = `${owner}[${JSON.stringify(name)}]`;
    writeFileSync(
      counter,
      `let calls=0;const f=${target};${target}=function(...a){calls++;return new.target?new f(...a):f(...a)};` +
        'process.on("exit",()=>require("node:fs").writeSync(2,"\\ncalls="+calls+"\\n"));',
    );
    // a cache folder of its own: the run makes its code cache there, not in the user's
    const r = spawnSync(process.execPath, ['--require', counter, bin, '--json', page], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: dir }, timeout: 60_000 });
    const calls = /calls=(\d+)/.exec(r.stderr)?.[1];
    return { status: r.status, stderr: r.stderr, analysis: r.status === 0 ? JSON.parse(r.stdout) : undefined!, calls: calls === undefined ? NaN : Number(calls) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
