#!/usr/bin/env node
// npm test: runs the npm scripts named on the command line, in order, and ends with a short
// list of what failed (each failed step, with the first failure lines it printed).
//   node scripts/test-all.mjs typecheck check:fold build test:unit test:score test:office lint:firefox test:e2e
// A failing step does not stop the ones after it — one run shows every problem — except that
// the steps that use the build are not run when the build failed (they would only repeat it).
// The build step leaves the command line alone when it is newer than everything it is built
// from: `npm ci` / `npm install` has just built it (the prepare script), so it is not built twice.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Steps that read dist/ (the CLI or the extension): not run after a failed build. */
const USES_BUILD = new Set(['test:score', 'test:office', 'lint:firefox', 'test:e2e']);
/** What dist/cli/qinggao.cjs is built from. */
const CLI_INPUTS = ['src', 'package.json', 'package-lock.json', 'vite.cli.config.ts', 'tsconfig.json'];
/** Lines worth repeating in the summary: Vitest's and the e2e run's FAIL lines, tsc errors. */
const FAILURE_LINE = /\bFAIL\b|\berror TS\d+/;
const MAX_FAILURE_LINES = 8;

const steps = process.argv.slice(2);
if (steps.length === 0) {
  console.error('usage: node scripts/test-all.mjs STEP... (npm script names, run in order)');
  process.exit(2);
}

function newestChange(path) {
  let info;
  try {
    info = statSync(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

function cliIsCurrent() {
  const built = newestChange(join(root, 'dist/cli/qinggao.cjs'));
  return built > 0 && built > Math.max(...CLI_INPUTS.map((input) => newestChange(join(root, input))));
}

const stripColours = (text) => text.replace(/\x1b\[[0-9;]*m/g, '');

/** Runs `npm run SCRIPT`, passing its output through; resolves to its status and failure lines. */
function runScript(script) {
  return new Promise((done) => {
    const child = spawn(npm, ['run', script], {
      cwd: root,
      stdio: ['inherit', 'pipe', 'pipe'],
      env: process.stdout.isTTY && !('NO_COLOR' in process.env) ? { ...process.env, FORCE_COLOR: '1' } : process.env,
    });
    const failures = [];
    const scan = (chunk, rest) => {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      const tail = lines.pop();
      for (const line of lines.map(stripColours)) {
        if (FAILURE_LINE.test(line) && !failures.includes(line.trim())) failures.push(line.trim());
      }
      return tail;
    };
    let outRest = '';
    let errRest = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      outRest = scan(chunk, outRest);
    });
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      errRest = scan(chunk, errRest);
    });
    child.on('error', (error) => done({ status: 1, failures: [String(error)] }));
    child.on('close', (code, signal) => {
      scan('\n', outRest);
      scan('\n', errRest);
      done({ status: code ?? 1, signal, failures });
    });
  });
}

async function runStep(step) {
  if (step !== 'build') return runScript(step);
  if (cliIsCurrent()) console.log('test-all: dist/cli is newer than its sources — not building the CLI again');
  else {
    const cli = await runScript('build:cli');
    if (cli.status !== 0) return cli;
  }
  return runScript('build:ext');
}

const started = Date.now();
/** @type {{ step: string, outcome: string, failures: string[] }[]} */
const failed = [];
let buildFailed = false;
for (const [index, step] of steps.entries()) {
  console.log(`\n━━ npm test ${index + 1}/${steps.length}: ${step} ━━`);
  if (buildFailed && USES_BUILD.has(step)) {
    console.log(`test-all: not running ${step}: the build failed`);
    failed.push({ step, outcome: 'not run (the build failed)', failures: [] });
    continue;
  }
  const stepStarted = Date.now();
  const { status, signal, failures } = await runStep(step);
  const seconds = ((Date.now() - stepStarted) / 1000).toFixed(0);
  if (status === 0) continue;
  if (step === 'build') buildFailed = true;
  failed.push({ step, outcome: `failed (${signal ? `signal ${signal}` : `exit ${status}`}, ${seconds} s)`, failures });
}

const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(`\n━━ npm test: ${steps.length - failed.length} of ${steps.length} steps passed in ${minutes} min ━━`);
for (const { step, outcome, failures } of failed) {
  console.log(`✗ ${step}: ${outcome}`);
  for (const line of failures.slice(0, MAX_FAILURE_LINES)) console.log(`    ${line}`);
  if (failures.length > MAX_FAILURE_LINES) console.log(`    … and ${failures.length - MAX_FAILURE_LINES} more`);
}
if (failed.length === 0) console.log('✓ every step passed');
process.exit(failed.length === 0 ? 0 : 1);
