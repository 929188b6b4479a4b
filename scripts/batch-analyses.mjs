// Every input the gold sets name, analyzed by the CLI in a few calls of many files each (the CLI's
// own many-file mode, one call per core) instead of one process per file: the shared scorer then
// reads each file's analysis from a folder through `cat`. Starting node and loading the engine
// cost ten times what a page's analysis does, and the gold sets hold some 3,500 pages.
// The answers are the CLI's: a sample of files (the first of each set) is run again one file per
// call, exactly as the README's score command does, and any difference is an error.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The inputs the shared scorer reads for GOLD paths, found as it finds them (score.mjs's cases()). */
export function inputsOf(gold, shared) {
  if (statSync(gold).isDirectory()) {
    if (existsSync(join(gold, 'gold.json'))) return [['page.html', 'page.txt'].map((f) => join(gold, f)).find((f) => existsSync(f)) ?? join(gold, 'page.html')];
    return readdirSync(gold).sort().flatMap((f) => inputsOf(join(gold, f), shared));
  }
  if (gold.endsWith('.expected.json')) return [join(shared, JSON.parse(readFileSync(gold, 'utf8')).source)];
  return [];
}

/** The CLI's --json analyses of `files`, in `calls` calls side by side: file → its JSON (absent when the CLI could not read it). */
async function analyzeInCalls(cli, cwd, files, calls) {
  const size = Math.ceil(files.length / calls);
  const chunks = Array.from({ length: calls }, (_, i) => files.slice(i * size, (i + 1) * size)).filter((c) => c.length);
  const outputs = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise((done, fail) => {
          const child = spawn(process.execPath, [cli, '--json', ...chunk], { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
          const parts = [];
          child.stdout.on('data', (d) => parts.push(d));
          child.on('error', fail);
          // exit status 2 only says that some file could not be read: its entry says which
          child.on('close', (status) => (status === 0 || status === 2 ? done(JSON.parse(Buffer.concat(parts).toString('utf8'))) : fail(new Error(`the CLI exited with status ${status}`))));
        }),
    ),
  );
  const analyses = new Map();
  chunks.forEach((chunk, c) => {
    const entries = chunk.length === 1 ? [outputs[c]] : outputs[c];
    chunk.forEach((file, i) => {
      if (!('error' in entries[i])) analyses.set(file, JSON.stringify(entries[i]));
    });
  });
  return analyses;
}

/** `cli --json file` in a process of its own, as the README's score command runs it. */
function aloneAnswer(cli, cwd, file) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, '--json', file], { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    const parts = [];
    child.stdout.on('data', (d) => parts.push(d));
    child.on('error', fail);
    child.on('close', (status) => done(status === 0 ? JSON.stringify(JSON.parse(Buffer.concat(parts).toString('utf8'))) : undefined));
  });
}

/**
 * Analyzes every input of `sets` ([name, gold paths][]) with the CLI and returns the command the
 * shared scorer runs per file, `cat` of that file's analysis, with `cleanUp` to remove the folder.
 * Throws when a sampled file's one-file answer differs from its many-file answer.
 */
export async function batchAnalyses({ cli, cwd, sets, shared, calls }) {
  const limit = pool(calls);
  const inputsBySet = sets.map(([, golds]) => [golds].flat().flatMap((g) => inputsOf(g, shared)));
  const files = [...new Set(inputsBySet.flat())];
  const analyses = await analyzeInCalls(cli, cwd, files, calls);
  const samples = [...new Set(inputsBySet.map((inputs) => inputs[0]).filter(Boolean))];
  const differing = (await Promise.all(samples.map((sample) => limit(() => aloneAnswer(cli, cwd, sample))))).flatMap((alone, i) => (alone === analyses.get(samples[i]) ? [] : [samples[i]]));
  if (differing.length) throw new Error(`the CLI answers these files differently alone and among many: ${differing.join(', ')}`);
  const folder = mkdtempSync(join(tmpdir(), 'qinggao-score-'));
  for (const [file, json] of analyses) {
    const copy = folder + file + '.json';
    mkdirSync(dirname(copy), { recursive: true });
    writeFileSync(copy, json);
  }
  // the scorer puts {file} in as a JSON string, which the shell reads as a double-quoted word
  // glued to the folder's: `cat "/tmp/qinggao-score-x""/abs/page.html".json`
  return { cmd: `cat ${JSON.stringify(folder)}{file}.json`, files: files.length, samples: samples.length, cleanUp: () => rmSync(folder, { recursive: true, force: true }) };
}

/** Runs at most `size` of the tasks given to it at a time. */
function pool(size) {
  let running = 0;
  const waiting = [];
  const next = () => {
    if (running >= size || !waiting.length) return;
    running++;
    const [task, done, fail] = waiting.shift();
    task().then(done, fail).finally(() => {
      running--;
      next();
    });
  };
  return (task) => new Promise((done, fail) => {
    waiting.push([task, done, fail]);
    next();
  });
}
