#!/usr/bin/env node
// The qinggao command. The code lives in dist/cli (qinggao.cjs and its chunks), built from
// src/cli by `npm run build:cli` (run by `npm ci` through the prepare script), and is loaded
// with V8's code cache (load-bundle.mjs).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cacheDirectory, loadBundle } from './load-bundle.mjs';

const built = fileURLToPath(new URL('../dist/cli/qinggao.cjs', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('qinggao: not built yet — run "npm run build:cli"\n');
  process.exit(2);
}
const argv = process.argv.slice(2);
const bundle = loadBundle(built, cacheDirectory());
process.exitCode = await bundle.exports.main(argv);
// The cache holds what the run compiled: one made by --help would lack the analysis.
if (!argv.some((arg) => ['--help', '-h', '--version', '-v'].includes(arg))) bundle.saveCache();
