#!/usr/bin/env node
// `npm run bench`: bundles the bench and the sources it measures with Vite (an SSR build, so the
// timed code is what a production build emits, not on-the-fly transforms), then runs it.
// Options: --only=1,3 (sections), --quick (fewer runs; results.md is not written), --no-write.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundleDir = join(root, 'node_modules/.cache/qinggao-bench');

// A full GC before each timed call keeps one document's garbage out of the next one's time.
if (typeof globalThis.gc !== 'function') {
  setFlagsFromString('--expose-gc');
  globalThis.gc = runInNewContext('gc');
}

const entries = {
  main: 'bench/main.ts',
  'adversarial-worker': 'bench/adversarial-worker.ts',
};
// The HTML pipeline is measured only once its modules exist (they land separately).
const htmlPipelineSources = ['src/dom/analyze-document.ts', 'src/dom/hidden-static.ts'];
const hasHtmlPipeline = htmlPipelineSources.every((file) => existsSync(join(root, file)));
if (hasHtmlPipeline) entries['html-pipeline'] = 'bench/html-pipeline.ts';

const { build } = await import('vite');
const started = performance.now();
await build({
  root,
  configFile: false, // not the extension's config: no CRXJS, no Preact, just the sources
  logLevel: 'warn',
  publicDir: false,
  mode: 'production',
  build: {
    ssr: true,
    outDir: bundleDir,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true, // for the hot-spot tables: which source file a sample fell in
    rollupOptions: {
      input: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, join(root, file)])),
      output: { format: 'esm', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
    },
  },
});
process.stderr.write(`bench: bundled in ${Math.round(performance.now() - started)} ms → ${bundleDir}\n`);

const { runBench } = await import(pathToFileURL(join(bundleDir, 'main.mjs')).href);
const code = await runBench({ root, bundleDir, argv: process.argv.slice(2) });
process.exitCode = code;
