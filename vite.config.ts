// Builds the extension for one browser: `vite build --mode chrome|firefox`
// (scripts/build-extension.mjs runs both, checks the output and packs the zips).
import { defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { manifestFor, type TargetBrowser } from './scripts/extension-manifest.mjs';

/** crxjs rewrites Firefox's `background` to its loader file and drops `type`; the loader is an ES module. */
function firefoxModuleBackground(): Plugin & { renderCrxManifest(manifest: Record<string, unknown>): Record<string, unknown> } {
  return {
    name: 'qinggao:firefox-module-background',
    enforce: 'post',
    renderCrxManifest(manifest) {
      const background = manifest.background as { scripts?: string[]; type?: string } | undefined;
      if (background?.scripts) background.type = 'module';
      return manifest;
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      crx({
        manifest: manifestFor(browser) as unknown as ManifestV3Export,
        browser,
        // Self-contained files, no loader and no web_accessible_resources that pages could probe:
        // the main script (declared for template sites, registered for all sites on request,
        // injected with scripting.executeScript elsewhere) and the copy guards at document start.
        contentScripts: { standaloneFiles: ['src/content/index.ts', 'src/content/document-start.ts'] },
      }),
      browser === 'firefox' && firefoxModuleBackground(),
    ],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      // Minified: the content script runs on every template page, and its budget is 20 KB gzip.
      // AMO review then wants the source, which is this repository (`git archive HEAD`).
      minify: true,
      sourcemap: false,
      target: browser === 'firefox' ? 'firefox140' : 'chrome110',
      // extension pages the manifest does not name: the 清稿台 (opened from the popup, the options
      // page and the context menu)
      rollupOptions: { input: { desk: 'src/desk/index.html' } },
    },
  };
});
