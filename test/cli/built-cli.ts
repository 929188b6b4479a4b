// The built command (dist/cli), rebuilt when it is missing or older than the code it comes from.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { newestFileTime } from '../built-extension';

const repo = resolve(__dirname, '../..');
const built = join(repo, 'dist/cli/qinggao.cjs');

export function ensureCliBuilt(): void {
  let builtAt = 0;
  try {
    builtAt = statSync(built).mtimeMs;
  } catch {
    // not built yet
  }
  if (builtAt < Math.max(...['src/cli', 'src/dom', 'src/core', 'src/export', 'src/input'].map((d) => newestFileTime(join(repo, d))))) {
    execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: repo, stdio: 'ignore' });
  }
}
