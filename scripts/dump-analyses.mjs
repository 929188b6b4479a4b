#!/usr/bin/env node
// Dumps the engine's full output on every document it is judged on — seeds, test/texts,
// test/pages, the real-holdout rounds, ../shared/corpus/real-text and web-pages — one JSON
// file per document, so a change meant to change no answer (a speed change) can be checked:
//   node scripts/dump-analyses.mjs OUT_DIR            dump (the sources as they are now)
//   node scripts/dump-analyses.mjs OUT_DIR --compare BEFORE_DIR   dump, then list every difference
// Bundled with Vite like the bench (the code that runs is what a build emits).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from './bundle-for-node.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.QINGGAO_SHARED ?? join(root, '..', 'shared'));
const args = process.argv.slice(2);
const out = args[0];
const compareIndex = args.indexOf('--compare');
const before = compareIndex >= 0 ? args[compareIndex + 1] : undefined;
if (!out || out.startsWith('-') || (compareIndex >= 0 && !before)) {
  console.error('usage: node scripts/dump-analyses.mjs OUT_DIR [--compare BEFORE_DIR]');
  process.exit(2);
}

const bundleDir = join(root, 'node_modules/.cache/qinggao-dump');
await bundleForNode({ root, outDir: bundleDir, entries: { entry: 'scripts/dump-analyses-entry.ts' } });
const { dumpHtml, dumpText } = await import(pathToFileURL(join(bundleDir, 'entry.mjs')).href);

const dirs = (dir) => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : []);
const goldHost = (file) => {
  try {
    const host = JSON.parse(readFileSync(file, 'utf8')).host;
    return typeof host === 'string' ? host : undefined;
  } catch {
    return undefined;
  }
};

/** [name, file, kind, host] of every document. */
const documents = [];
const seeds = join(shared, 'seeds');
if (existsSync(seeds)) for (const f of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) documents.push([`seeds/${f}`, join(seeds, f), 'text', undefined]);
const texts = join(root, 'test/texts');
for (const f of readdirSync(texts).filter((f) => f.endsWith('.txt')).sort()) documents.push([`texts/${f}`, join(texts, f), 'text', goldHost(join(texts, f.replace(/\.txt$/, '.gold.json')))]);
for (const slug of dirs(join(root, 'test/pages'))) {
  const file = join(root, 'test/pages', slug, 'page.html');
  if (existsSync(file)) documents.push([`pages/${slug}`, file, 'html', goldHost(join(root, 'test/pages', slug, 'gold.json'))]);
}
// A round's staging folders (round-26-a …) hold gold still being written: the engine must not
// run on their pages before that gold is committed (see test/real-holdout/README.md).
const isStaging = (round) => /^round-\d+-[a-z]$/.test(round);
for (const round of dirs(join(root, 'test/real-holdout')).filter((d) => d.startsWith('round-') && !isStaging(d))) {
  for (const slug of dirs(join(root, 'test/real-holdout', round))) {
    for (const [name, kind] of [['page.txt', 'text'], ['page.html', 'html']]) {
      const file = join(root, 'test/real-holdout', round, slug, name);
      if (existsSync(file)) documents.push([`holdout/${round}/${slug}/${name}`, file, kind, undefined]);
    }
  }
}
for (const slug of dirs(join(shared, 'corpus/real-text'))) {
  const file = join(shared, 'corpus/real-text', slug, 'page.txt');
  if (existsSync(file)) documents.push([`real-text/${slug}`, file, 'text', undefined]);
}
for (const slug of dirs(join(shared, 'corpus/web-pages'))) {
  const file = join(shared, 'corpus/web-pages', slug, 'source.html');
  if (existsSync(file)) documents.push([`web-pages/${slug}`, file, 'html', 'news.example.com']);
}

mkdirSync(out, { recursive: true });
const started = performance.now();
for (const [name, file, kind, host] of documents) {
  const bytes = readFileSync(file);
  let dump;
  try {
    dump = kind === 'html' ? dumpHtml(bytes, host) : dumpText(bytes, host);
  } catch (error) {
    dump = { error: String(error?.stack ?? error) };
  }
  writeFileSync(join(out, `${name.replace(/\//g, '__')}.json`), `${JSON.stringify(dump, null, 1)}\n`);
}
console.error(`dump: ${documents.length} documents in ${Math.round(performance.now() - started)} ms → ${out}`);

if (before) {
  const differing = [];
  for (const name of readdirSync(before).sort()) {
    const now = join(out, name);
    if (!existsSync(now) || readFileSync(now, 'utf8') !== readFileSync(join(before, name), 'utf8')) differing.push(name);
  }
  for (const name of readdirSync(out)) if (!existsSync(join(before, name))) differing.push(name);
  if (differing.length) {
    console.error(`dump: ${differing.length} of ${documents.length} documents differ from ${before}:`);
    for (const name of differing) console.error(`  ${name}`);
    process.exitCode = 1;
  } else console.error(`dump: all ${documents.length} documents identical to ${before}`);
}
