#!/usr/bin/env node
// The qinggao command. The code lives in dist/cli/qinggao.mjs, built from src/cli by
// `npm run build:cli` (run by `npm ci` through the prepare script).
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/qinggao.mjs', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write('qinggao: not built yet — run "npm run build:cli"\n');
  process.exit(2);
}
const { main } = await import(built.href);
process.exitCode = await main(process.argv.slice(2));
