// Bundles TypeScript entries for Node with Vite, the way the bench and dump-analyses need them: a
// production SSR build (the code that runs is what a build emits, not on-the-fly transforms), not
// minified, ESM, into a cache folder. Not the extension's config: no CRXJS, no Preact, just sources.
import { join } from 'node:path';

/**
 * @param {{ root: string, outDir: string, entries: Record<string, string>, sourcemap?: boolean }} options
 *   entries: output name → source file relative to root (written as `name.mjs`; shared code as chunks/)
 */
export async function bundleForNode({ root, outDir, entries, sourcemap = false }) {
  const { build } = await import('vite');
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    mode: 'production',
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap,
      rollupOptions: {
        input: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, join(root, file)])),
        output: { format: 'esm', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
      },
    },
  });
}
