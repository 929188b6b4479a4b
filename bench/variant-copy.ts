// A variant of the built extension for a side-by-side row: a fresh copy in the bench's cache
// folder, which the variant then edits (single-stage.ts, floor-variant.ts).
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Copies `extensionDir` to `cacheDir`/`name`, replacing any copy left by an earlier run; returns the copy's path. */
export function freshCopy(extensionDir: string, cacheDir: string, name: string): string {
  const dir = join(cacheDir, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  cpSync(extensionDir, dir, { recursive: true });
  return dir;
}
