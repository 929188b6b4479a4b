// The built extension (dist/chrome, dist/firefox) as tests read it: whether the build is there and
// newer than src/ (`npm test` builds first; CI=true fails on a missing or stale build instead of
// skipping), and a reader of its files for bench/bundle-files.ts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FileReader } from '../bench/bundle-files';

export const REPO = resolve(__dirname, '..');

/** The newest modification time of any file below dir. */
export function newestFileTime(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newestFileTime(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)),
  );
}

/** Why the build in dir cannot be read as the current one, or undefined when it can. */
export function extensionBuildProblem(dir: string): string | undefined {
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) return `no build in ${dir} (run npm run build:ext)`;
  if (statSync(manifest).mtimeMs < newestFileTime(join(REPO, 'src'))) return `${dir} is older than src/ (run npm run build:ext)`;
  return undefined;
}

export function builtFileReader(dir: string): FileReader {
  return {
    exists: (path) => existsSync(join(dir, path)) && statSync(join(dir, path)).isFile(),
    read: (path) => readFileSync(join(dir, path), 'utf8'),
  };
}
