// Settings as a JSON file the user can keep or move to another browser.
import { parseSettings, type Settings, type SettingsProblem } from '../shared/settings';
import { userRuleProblem } from '../core/user-rules';
import { NOT_JSON_PREFIX } from './problem-text';

export function settingsFileText(settings: Settings): string {
  return JSON.stringify(settings, null, 2) + '\n';
}

export function settingsFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `qinggao-settings-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** Reads an imported file; a JSON syntax error is one more problem, at the file's root. */
export function readSettingsFile(text: string): { settings: Settings } | { problems: SettingsProblem[] } {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, '')); // Notepad on Windows saves UTF-8 with a BOM
  } catch (error) {
    return { problems: [{ path: '', message: NOT_JSON_PREFIX + (error as Error).message }] };
  }
  return parseSettings(value, userRuleProblem); // each regular expression compiled as it will run
}
