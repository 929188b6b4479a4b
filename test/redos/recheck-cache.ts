// recheck's verdict on one pattern, kept in node_modules/.cache between runs (keyed by recheck's
// version, the pattern and its flags), so a second run checks only what changed. A fresh
// checkout (CI) checks every pattern.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from 'recheck';

export interface Verdict {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: string;
  /** the input recheck found slow: prefix + pump × n + suffix */
  attack?: { pumps: { prefix: string; pump: string }[]; suffix: string };
  error?: string;
}

const ROOT = join(__dirname, '../..');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules/recheck/package.json'), 'utf8')) as { version: string }).version;
const DIR = join(ROOT, 'node_modules/.cache/qinggao-redos');

export async function verdictOf(source: string, givenFlags: string, timeoutMs: number): Promise<Verdict> {
  // g, y and d change where a match is looked for or what it reports, not what matches
  const flags = givenFlags.replace(/[dgy]/g, '');
  const key = createHash('sha256').update(`${VERSION}\u0000${timeoutMs}\u0000${flags}\u0000${source}`).digest('hex');
  const file = join(DIR, `${key}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Verdict;
  } catch {
    // not checked yet
  }
  const result = await check(source, flags, { timeout: timeoutMs });
  const verdict: Verdict = { status: result.status };
  if (result.status === 'vulnerable') {
    verdict.complexity = result.complexity.summary;
    verdict.attack = { pumps: result.attack.pumps.map(({ prefix, pump }) => ({ prefix, pump })), suffix: result.attack.suffix };
  } else if (result.status === 'unknown') {
    verdict.error = result.error.kind;
  }
  mkdirSync(DIR, { recursive: true });
  writeFileSync(file, JSON.stringify(verdict));
  return verdict;
}
