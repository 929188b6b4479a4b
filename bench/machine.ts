// The one line about the machine that every results.md carries, so numbers are read in context.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

function cpuModel(): string {
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    return /^model name\s*:\s*(.+)$/m.exec(info)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown CPU';
  } catch {
    return cpus()[0]?.model ?? 'unknown CPU';
  }
}

/** The commit measured; QINGGAO_COMMIT names it when the bench runs in an export of the tree. */
function commit(root: string): string {
  if (process.env.QINGGAO_COMMIT) return process.env.QINGGAO_COMMIT;
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const head = git('rev-parse', '--short', 'HEAD');
    return git('status', '--porcelain', '--', 'src') ? `${head} + uncommitted changes in src/` : head;
  } catch {
    return 'unknown';
  }
}

export function machineLine(root: string, date: Date = new Date()): string {
  return `Machine: ${cpuModel()}, ${cpus().length} cores, Node ${process.version}; ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC; commit ${commit(root)}.`;
}
