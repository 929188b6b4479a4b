// Imported once by every entry that bundles RE2 (the background, the popup, the options
// page, the tests): the content engine alone loads it on demand (re2-engine.ts).
import { RE2JS } from 're2js';
import { provideRe2 } from './re2-engine';

provideRe2(RE2JS);
