// The content engine's built files, injected with scripting.executeScript when the first stage
// says a page may hold a speech or gets a message, and on a click. vite.config.ts has crxjs build
// each as one self-contained file named after its source, .js for .ts (no hash, no loader, not
// web-accessible); scripts/build-extension.mjs fails the build when a file named here is missing.

/** The whole engine: analysis, cleaning, undo, notice, copy (src/content/engine.ts). */
export const ENGINE_FILES: readonly string[] = ['src/content/engine.js'];
/** RE2 (re2js) for the user's regex rules, injected only when a rule needs it (src/content/re2-chunk.ts). */
export const RE2_FILES: readonly string[] = ['src/content/re2-chunk.js'];
