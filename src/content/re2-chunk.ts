// RE2 for the user's regular-expression rules, as its own injected file: most users have none,
// and re2js is most of the engine's weight. The engine (index.ts) asks the background for this
// file only when the settings hold a regex rule, and takes RE2 from the isolated world's global.
import { RE2JS } from 're2js';
import type {} from './content-api'; // the global's type

globalThis.__qinggaoRe2 ??= RE2JS;
