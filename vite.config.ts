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

/** The files injected with scripting.executeScript (`?script` imports in src/shared/engine-files.ts). */
const INJECTED_FILES = ['src/content/index.ts', 'src/content/re2-chunk.ts'];

/**
 * The injected files as crxjs builds them for `?script` imports, less two things meant for
 * scripts that a content script loads through a page URL: crxjs lists each in
 * web_accessible_resources (ours are injected by the extension alone, which needs no such entry,
 * and a page could probe a listed file to see that Qinggao is installed), and it also emits an
 * ES-module copy next to the self-contained file that nothing loads.
 */
function injectedScriptsOnly(): Plugin & { renderCrxManifest(manifest: Record<string, unknown>): Record<string, unknown> } {
  return {
    name: 'qinggao:injected-scripts-only',
    enforce: 'post',
    renderCrxManifest(manifest) {
      delete manifest.web_accessible_resources;
      return manifest;
    },
    generateBundle(_options, bundle) {
      const imported = new Set(Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [...file.imports, ...file.dynamicImports] : [])));
      for (const [name, file] of Object.entries(bundle)) {
        const source = file.type === 'chunk' ? file.facadeModuleId?.replace(/\\/g, '/') : undefined;
        if (source && INJECTED_FILES.some((path) => source.endsWith(`/${path}`)) && !imported.has(name)) delete bundle[name];
      }
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
        // the first stage (declared for template sites, registered for all sites on request),
        // the copy guards at document start, and the injected engine and RE2.
        contentScripts: { standaloneFiles: ['src/content/first-stage.ts', 'src/content/document-start.ts', ...INJECTED_FILES] },
      }),
      injectedScriptsOnly(),
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
