// Which commit a checkout has checked out, read from .git files as bin/qinggao.mjs does on every
// call to tell a stale build: a plain repository, a packed branch, a detached HEAD, a linked
// worktree, and a folder that is no checkout.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkoutCommit } from '../../bin/checkout-commit.mjs';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const dirs: string[] = [];
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'qinggao-git-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('checkoutCommit', () => {
  it('follows HEAD to a loose branch ref', () => {
    expect(checkoutCommit(tree({ '.git/HEAD': 'ref: refs/heads/main\n', '.git/refs/heads/main': `${A}\n` }))).toBe(A);
  });

  it('finds a packed branch', () => {
    const root = tree({ '.git/HEAD': 'ref: refs/heads/main\n', '.git/packed-refs': `# pack-refs with: peeled\n${B} refs/heads/other\n${A} refs/heads/main\n` });
    expect(checkoutCommit(root)).toBe(A);
  });

  it('reads a detached HEAD', () => {
    expect(checkoutCommit(tree({ '.git/HEAD': `${B}\n` }))).toBe(B);
  });

  it('reads a linked worktree through its gitdir and the common folder', () => {
    const main = tree({ '.git/refs/heads/feature': `${B}\n`, '.git/worktrees/wt/HEAD': 'ref: refs/heads/feature\n', '.git/worktrees/wt/commondir': '../..\n' });
    const worktree = tree({ '.git': `gitdir: ${join(main, '.git/worktrees/wt')}\n` });
    expect(checkoutCommit(worktree)).toBe(B);
  });

  it('says nothing outside a checkout or for a branch with no commit yet', () => {
    expect(checkoutCommit(tree({ 'package.json': '{}' }))).toBeUndefined();
    expect(checkoutCommit(tree({ '.git/HEAD': 'ref: refs/heads/main\n' }))).toBeUndefined();
  });
});

const repo = join(__dirname, '../..');
it.skipIf(!existsSync(join(repo, '.git')))('the repository this runs in: the commit git itself names', async () => {
  const { execFileSync } = await import('node:child_process');
  expect(checkoutCommit(repo)).toBe(execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim());
});
