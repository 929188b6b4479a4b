#!/usr/bin/env node
// The qinggao command. The code lives in dist/cli (qinggao.cjs and its chunks), built from
// src/cli by `npm run build:cli` (run by `npm ci` through the prepare script), and is loaded
// with V8's code cache (load-bundle.mjs).
// Node's own modules are required, not imported: an ES import of a built-in module builds a
// facade that reads every export, and reading them loads what fs keeps lazy (its streams).
// A build that is missing, or made from another commit than the one checked out (a checkout
// moved on by a pull or merge without a build after it), is rebuilt first when the build tools
// are installed: an old build would run the old engine, or not load at all once its layout changed.
import { createRequire } from 'node:module';
import { checkoutCommit } from './checkout-commit.mjs';
import { cacheDirectory, loadBundle } from './load-bundle.mjs';

const require = createRequire(import.meta.url);
const { existsSync, readFileSync } = require('node:fs');
const { fileURLToPath } = require('node:url');

const root = fileURLToPath(new URL('..', import.meta.url));
const built = fileURLToPath(new URL('../dist/cli/qinggao.cjs', import.meta.url));
const builtFrom = fileURLToPath(new URL('../dist/cli/built-from-commit', import.meta.url));

function isCurrent() {
  if (!existsSync(built)) return false;
  const commit = checkoutCommit(root);
  if (commit === undefined) return true; // not a checkout (a package): the build is all there is
  try {
    return readFileSync(builtFrom, 'utf8') === commit;
  } catch {
    return false;
  }
}

if (!isCurrent() && existsSync(fileURLToPath(new URL('../node_modules/vite', import.meta.url)))) {
  const { spawnSync } = require('node:child_process');
  const build = spawnSync(process.execPath, [fileURLToPath(new URL('../scripts/build-cli.mjs', import.meta.url))], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (build.status !== 0 && existsSync(built)) process.stderr.write('qinggao: rebuilding dist/cli failed; running the build that is there\n');
}
if (!existsSync(built)) {
  process.stderr.write('qinggao: not built yet — run "npm run build:cli"\n');
  process.exit(2);
}
const argv = process.argv.slice(2);
const bundle = loadBundle(built, cacheDirectory());
process.exitCode = await bundle.exports.main(argv);
// The cache holds what the run compiled: one made by --help would lack the analysis.
if (!argv.some((arg) => ['--help', '-h', '--version', '-v'].includes(arg))) bundle.saveCache();
