// What any content script on a template host costs before it does anything of its own, for a
// row beside ours in one run: the same build, with the first stage replaced by the least the
// contract asks of it — a runtime message listener (the public messages are answered on every
// template page) and `<html data-qinggao="analyzed">` — and nothing else (no look at the page).
// The copy guards at document start stay as they are. Ours minus this is what our first
// stage's own look at the page costs; this itself is Chromium's price for running an
// extension's script in a page (its world, its DOM and extension bindings).
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIRST_STAGE_FILE } from './single-stage';
import { freshCopy } from './variant-copy';

const FLOOR_FIRST_STAGE = `(() => {
  const api = (globalThis.browser ?? globalThis.chrome).runtime;
  api.onMessage.addListener(() => false);
  document.documentElement.setAttribute('data-qinggao', 'analyzed');
})();
`;

/** Copies `extensionDir` to `cacheDir` with the floor's first stage; undefined when there is no first stage. */
export function floorVariant(extensionDir: string, cacheDir: string): string | undefined {
  if (!existsSync(join(extensionDir, FIRST_STAGE_FILE))) return undefined;
  const dir = freshCopy(extensionDir, cacheDir, 'floor-chrome');
  writeFileSync(join(dir, FIRST_STAGE_FILE), FLOOR_FIRST_STAGE);
  return dir;
}
