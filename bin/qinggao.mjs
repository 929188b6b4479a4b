#!/usr/bin/env node
// The qinggao command. The code lives in dist/cli (qinggao.cjs and its chunks), built from
// src/cli by `npm run build:cli` (run by `npm ci` through the prepare script), and is loaded
// with V8's code cache (load-bundle.mjs).
// Node's own modules are required, not imported: an ES import of a built-in module builds a
// facade that reads every export, and reading them loads what fs keeps lazy (its streams).
import { createRequire } from 'node:module';
import { cacheDirectory, loadBundle } from './load-bundle.mjs';

const require = createRequire(import.meta.url);
const { existsSync } = require('node:fs');
const { fileURLToPath } = require('node:url');

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
