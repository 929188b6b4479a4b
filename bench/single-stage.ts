// The extension as it was before the two stages, for a before/after row in one run: the same
// build, with the engine itself declared as the template sites' content script (the first stage
// left out). Same engine code, same pages, same machine moment — only the staging differs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshCopy } from './variant-copy';

/** The engine as the build names it (crxjs keeps the source path of a standalone script, .js). */
export const ENGINE_FILE = 'src/content/engine.js';
/** The first stage, which the variant leaves out. */
export const FIRST_STAGE_FILE = 'src/content/first-stage.js';

interface ManifestShape {
  content_scripts?: { js?: string[] }[];
}

/**
 * Copies `extensionDir` to `cacheDir` with the engine declared in place of the first stage;
 * undefined when the build has no separate engine (a build from before the two stages).
 */
export function singleStageVariant(extensionDir: string, cacheDir: string): string | undefined {
  if (!existsSync(join(extensionDir, ENGINE_FILE))) return undefined;
  const dir = freshCopy(extensionDir, cacheDir, 'single-stage-chrome');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestShape;
  let replaced = 0;
  for (const script of manifest.content_scripts ?? []) {
    script.js = script.js?.map((file) => (file === FIRST_STAGE_FILE ? (replaced++, ENGINE_FILE) : file));
  }
  if (replaced === 0) return undefined;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}
