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

/** The files injected with scripting.executeScript (named in src/shared/engine-files.ts). */
const INJECTED_FILES = ['src/content/engine.ts', 'src/content/re2-chunk.ts'];
/** A host that never exists (RFC 2606): the build-only entry below matches no page. */
const NO_PAGE = 'https://qinggao.invalid/*';

/**
 * The injected files are built the way crxjs builds a declared standalone content script: one
 * self-contained file each, named after its source (src/content/engine.js), no loader. For that
 * crxjs must find them in content_scripts, so the manifest it reads declares them for a host that
 * does not exist, and the manifest it writes drops that entry again. (Its `?script` imports, made
 * for this, also list the file in web_accessible_resources, which any page can probe for, and
 * emit an ES-module copy whose shared code splits the popup's and background's chunks.)
 */
function withInjectedFiles(manifest: Record<string, unknown>): Record<string, unknown> {
  const scripts = (manifest.content_scripts as object[] | undefined) ?? [];
  return { ...manifest, content_scripts: [...scripts, { matches: [NO_PAGE], js: INJECTED_FILES }] };
}

function injectedFilesUndeclared(): Plugin & { renderCrxManifest(manifest: Record<string, unknown>): Record<string, unknown> } {
  return {
    name: 'qinggao:injected-files-undeclared',
    enforce: 'post',
    renderCrxManifest(manifest) {
      const scripts = manifest.content_scripts as { matches?: string[] }[] | undefined;
      if (scripts) manifest.content_scripts = scripts.filter((script) => !script.matches?.includes(NO_PAGE));
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
        manifest: withInjectedFiles(manifestFor(browser)) as unknown as ManifestV3Export,
        browser,
        // Self-contained files, no loader and no web_accessible_resources that pages could probe:
        // the first stage (declared for template sites, registered for all sites on request),
        // the copy guards at document start, and the injected engine and RE2.
        contentScripts: { standaloneFiles: ['src/content/first-stage.ts', 'src/content/document-start.ts', ...INJECTED_FILES] },
      }),
      injectedFilesUndeclared(),
      browser === 'firefox' && firefoxModuleBackground(),
    ],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      // Minified: the first stage runs on every template page (budget 5 KB gzip), the engine on many.
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
