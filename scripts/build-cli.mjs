#!/usr/bin/env node
// Builds the command line (vite.cli.config.ts) into a folder of its own, then swaps it in for
// dist/cli. Vite empties its output folder first, so building in place left dist/cli empty for
// the seconds a build takes, and a qinggao call started meanwhile (a scorer running while
// `npm test` builds) failed with "not built yet" or a missing chunk; now a call sees the old
// build or the new one, never half of either.
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { checkoutCommit } from '../bin/checkout-commit.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'dist/cli');
const fresh = join(root, `dist/.cli-${process.pid}`);
const old = join(root, `dist/.cli-old-${process.pid}`);
const BUILT_FROM = 'built-from-commit';

try {
  await build({ root, configFile: join(root, 'vite.cli.config.ts'), logLevel: 'warn', build: { outDir: fresh, emptyOutDir: true } });
  // the commit built from, so bin/qinggao.mjs can tell a build the checkout has moved past
  writeFileSync(join(fresh, BUILT_FROM), checkoutCommit(root) ?? '');
  // two renames: dist/cli is missing only between them (a rename cannot replace a full folder)
  if (existsSync(target)) renameSync(target, old);
  renameSync(fresh, target);
} finally {
  rmSync(fresh, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
}
console.log(`build:cli: ${target}`);
