// The .docx code (src/export/docx and the docx package, ~66 KB gzip) is for the popup, the
// extension pages and the CLI only: the content script, which runs on every template page,
// must carry none of it, and the popup loads it on the 下载 Word click, not at first paint.
// Read from the built extension (`npm test` builds before the unit tests; CI=true fails on a
// missing or stale build instead of skipping).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestParts, reachableFiles } from '../../bench/bundle-files';
import { builtFileReader, extensionBuildProblem, REPO } from '../built-extension';

/** Strings only the docx writer holds: WordprocessingML's namespace and element names it writes. */
const DOCX_SIGNATURES = ['wordprocessingml', 'w:docGrid', 'w:outlineLvl', 'evenAndOddHeaders'];

const signaturesIn = (dir: string, files: string[]) =>
  files.flatMap((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    return DOCX_SIGNATURES.filter((s) => text.includes(s)).map((s) => `${file}: ${s}`);
  });

describe.each(['chrome', 'firefox'])('the %s build', (browser) => {
  const dir = join(REPO, 'dist', browser);
  const problem = extensionBuildProblem(dir);
  if (problem && process.env.CI === 'true') {
    it('exists and is current', () => expect.fail(problem));
    return;
  }

  it.skipIf(problem !== undefined)(`keeps the docx code out of the content script${problem ? ` (skipped: ${problem})` : ''}`, () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const parts = manifestParts(manifest);
    const contentFiles = reachableFiles(parts.contentScripts, builtFileReader(dir));
    expect(contentFiles.length).toBeGreaterThan(0);
    expect(signaturesIn(dir, contentFiles)).toEqual([]);
    expect(signaturesIn(dir, reachableFiles(parts.background, builtFileReader(dir)))).toEqual([]);
  });

  it.skipIf(problem !== undefined)('loads the docx code in the popup on demand only, as its own chunk holding every signature', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const popup = manifestParts(manifest).popup;
    const firstPaint = reachableFiles(popup, builtFileReader(dir), { dynamicImports: false });
    const onDemand = reachableFiles(popup, builtFileReader(dir)).filter((f) => !firstPaint.includes(f));
    expect(signaturesIn(dir, firstPaint)).toEqual([]);
    // the signatures are real: the chunk the popup imports on a click holds all of them
    const docxChunks = onDemand.filter((file) => signaturesIn(dir, [file]).length === DOCX_SIGNATURES.length);
    expect(docxChunks).toHaveLength(1);
  });
});
