// Builds the command line: src/cli/main.ts → dist/cli/qinggao.cjs, which bin/qinggao.mjs loads
// (with V8's code cache: bin/load-bundle.mjs, hence CommonJS — a vm.Script — and not an ES
// module). Every dependency is bundled in (linkedom alone is ~100 small modules, which took
// Node longer to find and load than the whole analysis of a page), and what only some calls
// need is a chunk loaded on demand: the HTML side (linkedom) for an HTML input, the .docx
// reader for a .docx, the docx writer for --docx.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * Rolldown's CommonJS output has every chunk require the chunk that holds its runtime helpers
 * (here the HTML chunk, for linkedom's CommonJS parts) even when it uses none of them: a bare
 * `require("./assets/parse-html-….cjs");`, which would load linkedom on every call. A chunk
 * that uses something of another binds it (`const require_x = require(…)`); a bare require
 * binds nothing, so it is dropped.
 */
function dropBareChunkRequires(): Plugin {
  return {
    name: 'qinggao:drop-bare-chunk-requires',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = chunk.code.replace(/^require\("\.\.?\/[^"\n]+\.cjs"\);\n/gm, '');
      }
    },
  };
}

/** entities' tables of character references, decoded natively (src/cli/entity-tables.ts). */
function entityTablesDecodedNatively(): Plugin {
  const standIn = fileURLToPath(new URL('src/cli/entity-tables.ts', import.meta.url));
  const tableModule = /[\\/]node_modules[\\/]entities[\\/]dist[\\/]esm[\\/]generated[\\/]decode-data-(?:html|xml)\.js$/;
  return {
    name: 'qinggao:entity-tables-decoded-natively',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === '../internal/decode-shared.js' && importer && tableModule.test(importer) ? standIn : null;
    },
  };
}

export default defineConfig({
  publicDir: false,
  ssr: { noExternal: true },
  // linkedom's CSS object model (a <style>'s `sheet`), which the engine never reads: see the stand-in
  resolve: { alias: { 'cssomnom/parse': fileURLToPath(new URL('src/cli/no-stylesheet-model.ts', import.meta.url)) } },
  plugins: [dropBareChunkRequires(), entityTablesDecodedNatively()],
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      output: { format: 'cjs', entryFileNames: 'qinggao.cjs', chunkFileNames: 'assets/[name]-[hash].cjs', charset: 'ascii', comments: { legal: true, annotation: false, jsdoc: false } },
    },
  },
});
