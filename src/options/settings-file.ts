// Settings as a JSON file the user can keep or move to another browser, with the 提纲汇编 under
// "collection" (a file without it, from before the collection, leaves the collection as it is).
import { parseCollection, type CollectedSpeech } from '../core/collection';
import { parseSettings, type Settings, type SettingsProblem } from '../shared/settings';
import { userRuleProblem } from '../core/user-rules';
import { EMPTY_FILE, NOT_JSON } from './problem-text';

export function settingsFileText(settings: Settings, collection?: readonly CollectedSpeech[]): string {
  return JSON.stringify(collection ? { ...settings, collection } : settings, null, 2) + '\n';
}

export type SettingsFile = { settings: Settings; collection?: CollectedSpeech[] } | { problems: SettingsProblem[] };

export function settingsFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `qinggao-settings-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/**
 * Reads an imported file; a JSON syntax error is one more problem, at the file's root. The
 * parser's own words differ by browser and are English: only where it stopped is kept (line
 * and column, counted here), and the options page says the rest in the user's language.
 */
export function readSettingsFile(text: string): SettingsFile {
  const body = text.replace(/^\uFEFF/, ''); // Notepad on Windows saves UTF-8 with a BOM
  if (body.trim() === '') return { problems: [{ path: '', message: EMPTY_FILE }] };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const at = syntaxErrorPlace(body, (error as Error).message);
    return { problems: [{ path: '', message: at ? `${NOT_JSON} at line ${at.line}, column ${at.column}` : NOT_JSON }] };
  }
  const settings = parseSettings(value, userRuleProblem); // each regular expression compiled as it will run
  const hasCollection = typeof value === 'object' && value !== null && !Array.isArray(value) && 'collection' in value;
  if (!hasCollection) return settings;
  const collection = parseCollection((value as { collection: unknown }).collection);
  const problems = [...('problems' in settings ? settings.problems : []), ...('problems' in collection ? collection.problems : [])];
  if (problems.length || 'problems' in settings || 'problems' in collection) return { problems };
  return { settings: settings.settings, collection: collection.items };
}

/** Where JSON.parse stopped: "line L column C" (Firefox, newer V8) or "position N" (V8). */
function syntaxErrorPlace(text: string, message: string): { line: number; column: number } | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const lines = before.split('\n');
    return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
  }
  if (/end of (?:JSON )?(?:input|data)/i.test(message)) {
    const lines = text.split('\n');
    return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
  }
  return undefined;
}
