/// <reference types="@crxjs/vite-plugin/client" />
// The content engine's built files, injected with scripting.executeScript when the first stage
// says a page may hold a speech, on a click, or when a message needs an answer. crxjs builds each
// `?script` import as one self-contained file (they are in vite.config.ts's standaloneFiles) and
// gives its name; vite.config.ts drops the web_accessible_resources entry crxjs adds for them:
// only the extension injects these files, no page may load them.
import engineFile from '../content/index.ts?script';
import re2File from '../content/re2-chunk.ts?script';

/** The whole engine: analysis, cleaning, undo, notice, copy. */
export const ENGINE_FILES: readonly string[] = [engineFile];
/** RE2 (re2js) for the user's regular-expression rules: injected only when a rule needs it. */
export const RE2_FILES: readonly string[] = [re2File];
