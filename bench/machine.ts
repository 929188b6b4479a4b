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

function commit(root: string): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

export function machineLine(root: string, date: Date = new Date()): string {
  return `Machine: ${cpuModel()}, ${cpus().length} cores, Node ${process.version}; ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC; commit ${commit(root)}.`;
}
