// The documents every office check runs on: the five shared seeds (../shared/fixtures/seeds, as
// test/core/seeds.ts finds them) and every saved page in test/pages, each with the Analysis the
// built CLI gives for it (`qinggao --json`, the command the scorer runs).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analysis } from '../../src/core/types';
import { SHARED } from '../core/seeds';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface OfficeCase {
  /** a file-name-safe id: "seed-000_eb4f…" or "page-gongwenhui-anquan-shengchan" */
  name: string;
  source: string;
  analysis: Analysis;
}

function sourceFiles(): { name: string; source: string }[] {
  const seedsDir = join(SHARED, 'fixtures/seeds');
  if (!existsSync(seedsDir)) throw new Error(`seed fixtures not found at ${seedsDir}: check out ../shared beside the repository`);
  const seeds = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(seedsDir, f), 'utf8')) as { source: string };
      return { name: `seed-${f.replace('.expected.json', '')}`, source: join(SHARED, gold.source) };
    });
  const pagesDir = join(ROOT, 'test/pages');
  const pages = readdirSync(pagesDir)
    .filter((d) => !d.startsWith('.') && !d.startsWith('_') && statSync(join(pagesDir, d)).isDirectory())
    .filter((d) => existsSync(join(pagesDir, d, 'page.html')))
    .sort()
    .map((d) => ({ name: `page-${d}`, source: join(pagesDir, d, 'page.html') }));
  return [...seeds, ...pages];
}

let cached: OfficeCase[] | undefined;

/** Every seed and saved page with its Analysis (one CLI run for all of them). */
export function officeCases(): OfficeCase[] {
  if (cached) return cached;
  const cli = join(ROOT, 'bin/qinggao.mjs');
  if (!existsSync(join(ROOT, 'dist/cli/qinggao.cjs'))) throw new Error('the CLI is not built: run "npm run build:cli" first');
  const files = sourceFiles();
  const json = execFileSync(process.execPath, [cli, '--json', ...files.map((f) => f.source)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 << 20 });
  const analyses = JSON.parse(json) as Analysis[];
  cached = files.map((f, i) => ({ ...f, analysis: analyses[i]! }));
  return cached;
}
