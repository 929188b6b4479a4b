// Which commit a git checkout has checked out, read from its .git files (no git process: this
// runs on every CLI call). build-cli.mjs writes it beside the build, and bin/qinggao.mjs rebuilds
// a build made from another commit: a checkout moved on by a pull or a merge, with no
// `npm run build:cli` after it, would otherwise run the old engine, or fail when the old build
// has another layout. Undefined outside a checkout or for anything unexpected.
import { createRequire } from 'node:module';
import { inside } from './load-bundle.mjs';

const builtin = createRequire(import.meta.url);
const { readFileSync } = builtin('node:fs');
const { isAbsolute, resolve } = builtin('node:path');

const read = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/** The commit checked out in the work tree at `root`, or undefined. */
export function checkoutCommit(root) {
  let gitDir = inside(root, '.git');
  // a linked worktree's .git is a file naming its folder; the refs live in the common folder
  const link = read(gitDir);
  if (link !== undefined) {
    const named = /^gitdir:\s*(.+)$/m.exec(link)?.[1]?.trim();
    if (!named) return undefined;
    gitDir = isAbsolute(named) ? named : resolve(root, named);
  }
  const head = read(inside(gitDir, 'HEAD'))?.trim();
  if (!head) return undefined;
  const ref = /^ref:\s*(\S+)$/.exec(head)?.[1];
  if (!ref) return /^[0-9a-f]{40,64}$/.test(head) ? head : undefined;
  const common = read(inside(gitDir, 'commondir'))?.trim();
  const refDir = common ? resolve(gitDir, common) : gitDir;
  const loose = read(inside(refDir, ref))?.trim();
  if (loose && /^[0-9a-f]{40,64}$/.test(loose)) return loose;
  for (const line of (read(inside(refDir, 'packed-refs')) ?? '').split('\n')) {
    const [id, name] = line.split(' ');
    if (name?.trim() === ref && /^[0-9a-f]{40,64}$/.test(id)) return id;
  }
  return undefined;
}
