// Content script entry at document start on the template sites: installs the copy guards
// before any page script can add its own window capture listeners (see copy-guards.ts). They
// do nothing until the main script (document idle) cleans the page. Kept tiny: it runs on
// every template page before the page itself.
import { copyGuardsOf } from './copy-guards';

copyGuardsOf(window);
