// The documents the bench reads: the seed speeches, the saved template pages of test/pages and
// the 130 non-speech pages of the shared corpus. Missing folders give empty lists, not errors:
// test pages are added over time.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchDocument {
  name: string;
  /** read on demand: 25 MB of pages held at once would make every full GC of the bench slow */
  read(): string;
  /** the host the page is analyzed (and served) under */
  host: string | undefined;
  file: string;
}

/** /work/shared beside the repo in development, ../shared in CI's fresh clone. */
export function sharedDir(root: string): string {
  const candidates = [process.env.QINGGAO_SHARED, join(root, '../shared'), '/work/shared'];
  return candidates.find((dir): dir is string => !!dir && existsSync(join(dir, 'seeds'))) ?? '/work/shared';
}

/** Host for corpus pages: not a template site, so the pipeline sees them as a stranger would. */
export const NON_TEMPLATE_HOST = 'news.example.com';

function listDirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function readSeeds(shared: string): BenchDocument[] {
  const dir = join(shared, 'seeds');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      return { name: name.replace(/\.txt$/, ''), read: () => readFileSync(file, 'utf8'), host: undefined, file };
    });
}

/** Saved template pages may be GBK; the declared charset decides, as it does for the CLI. */
export function decodeHtml(raw: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(raw.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  const label = declared && /^(gbk|gb2312|gb18030|x-gbk)$/.test(declared) ? 'gb18030' : 'utf-8';
  return new TextDecoder(label).decode(raw);
}

function hostFromGold(goldFile: string): string | undefined {
  if (!existsSync(goldFile)) return undefined;
  try {
    const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as { host?: unknown };
    return typeof gold.host === 'string' ? gold.host : undefined;
  } catch {
    return undefined;
  }
}

export function readTestPages(root: string): BenchDocument[] {
  const dir = join(root, 'test/pages');
  return listDirs(dir)
    .filter((slug) => existsSync(join(dir, slug, 'page.html')))
    .map((slug) => {
      const file = join(dir, slug, 'page.html');
      return { name: slug, read: () => decodeHtml(readFileSync(file)), host: hostFromGold(join(dir, slug, 'gold.json')), file };
    });
}

export function readCorpusPages(shared: string): BenchDocument[] {
  const dir = join(shared, 'corpus/web-pages');
  return listDirs(dir)
    .filter((slug) => existsSync(join(dir, slug, 'source.html')))
    .map((slug) => {
      const file = join(dir, slug, 'source.html');
      return { name: slug, read: () => readFileSync(file, 'utf8'), host: NON_TEMPLATE_HOST, file };
    });
}
