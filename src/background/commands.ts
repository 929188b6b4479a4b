// Keyboard shortcuts declared in manifest.json `commands` (the browser handles _execute_action).
import type { MenuAction } from './context-menu';

export const COMMAND_ACTIONS: Readonly<Record<string, MenuAction>> = {
  'clean-page': { kind: 'clean' },
  'copy-outline': { kind: 'copy', format: 'outline' },
};
