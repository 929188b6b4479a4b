// RE2 (re2js, ~44 KB gzip) ships where the user's regex rules are read — the background, the
// options page, the 清稿台 — and in its own injected file for pages (re2-chunk.js), never in the
// first stage or the engine that pages load. Read from the built extension, like
// test/export/docx-bundle.test.ts (skipped on a missing or stale build, failed under CI=true).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestParts, reachableFiles } from '../../bench/bundle-files';
import { builtFileReader, extensionBuildProblem, REPO } from '../built-extension';

/** Error texts only RE2's parser holds. */
const RE2_SIGNATURES = ['invalid nested repetition operator', 'missing argument to repetition operator'];

describe.each(['chrome', 'firefox'])('the %s build', (browser) => {
  const dir = join(REPO, 'dist', browser);
  const problem = extensionBuildProblem(dir);
  if (problem && process.env.CI === 'true') {
    it('exists and is current', () => expect.fail(problem));
    return;
  }
  const reader = builtFileReader(dir);
  const holdsRe2 = (file: string) => RE2_SIGNATURES.every((s) => reader.read(file).includes(s));
  /** a page's own files: the injected files it names (engine-files.ts) are not loaded into it */
  const pageHoldsRe2 = (entries: string[]) =>
    reachableFiles(entries, reader, { dynamicImports: false }).some((file) => !file.startsWith('src/content/') && holdsRe2(file));

  it.skipIf(problem !== undefined)(`carries RE2 where regex rules are read, and in pages only on demand${problem ? ` (skipped: ${problem})` : ''}`, () => {
    const manifest = JSON.parse(reader.read('manifest.json'));
    const parts = manifestParts(manifest);
    expect(parts.contentScripts.length).toBeGreaterThan(0);
    for (const file of [...parts.contentScripts, 'src/content/engine.js']) expect(holdsRe2(file), file).toBe(false);
    expect(holdsRe2('src/content/re2-chunk.js')).toBe(true);
    expect(pageHoldsRe2(parts.background)).toBe(true);
    expect(pageHoldsRe2([manifest.options_ui.page])).toBe(true);
    expect(pageHoldsRe2(['src/desk/index.html'])).toBe(true);
  });
});
