#!/usr/bin/env node
// The qinggao command. The code lives in dist/cli/qinggao.mjs, built from src/cli by
// `npm run build:cli` (run by `npm ci` through the prepare script).
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// A regex is first compiled to bytecode and interpreted, and compiled again to machine code
// once it runs again. One call reads one or a few documents, so most of the engine's regexes
// run a handful of times: straight to machine code saves that double work (about a third of
// a one-file call's time). Set before any of the engine's regexes exist.
setFlagsFromString('--no-regexp-tier-up');

const built = new URL('../dist/cli/qinggao.mjs', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write('qinggao: not built yet — run "npm run build:cli"\n');
  process.exit(2);
}
const { main } = await import(built.href);
process.exitCode = await main(process.argv.slice(2));
