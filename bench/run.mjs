#!/usr/bin/env node
// `npm run bench`: bundles the bench and the sources it measures with Vite (an SSR build, so the
// timed code is what a production build emits, not on-the-fly transforms), then runs it.
// Options: --only=1,3 (sections), --quick (fewer runs; results.md is not written), --no-write.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { bundleForNode } from '../scripts/bundle-for-node.mjs';

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
  // its own entry too, so a profiling script can load the HTML pipeline alone
  'html-pipeline': 'bench/html-pipeline.ts',
  // one first call in a fresh process (section 1's cold row)
  'cold-worker': 'bench/cold-worker.ts',
};

const started = performance.now();
// source maps for the hot-spot tables: which source file a sample fell in
await bundleForNode({ root, outDir: bundleDir, entries, sourcemap: true });
process.stderr.write(`bench: bundled in ${Math.round(performance.now() - started)} ms → ${bundleDir}\n`);

const { runBench } = await import(pathToFileURL(join(bundleDir, 'main.mjs')).href);
const code = await runBench({ root, bundleDir, argv: process.argv.slice(2) });
process.exitCode = code;
