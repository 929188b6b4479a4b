// Settings persistence in storage.local under SETTINGS_KEY. The storage namespace is passed in
// (`createSettingsStore(browser.storage)` in an entry point) so this file never touches the
// extension runtime itself and tests can hand it an in-memory fake.
import { DEFAULT_SETTINGS, SETTINGS_KEY, parseSettings, type Settings } from './settings';

/** The part of `browser.storage` the store needs. */
export interface SettingsStorage {
  local: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  onChanged: {
    addListener(listener: StorageChangeListener): void;
    removeListener(listener: StorageChangeListener): void;
  };
}
type StorageChangeListener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => void;

export interface SettingsStore {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  /** read-modify-write, so two pages changing different fields do not undo each other */
  update(change: (current: Settings) => Settings): Promise<Settings>;
  /** calls `listener` with the new settings whenever any page saves; returns the unsubscribe */
  onChange(listener: (settings: Settings) => void): () => void;
}

/**
 * Reads a stored value field by field: one bad field (an older version, a hand-edited profile)
 * falls back to its default instead of throwing away the user's rules and site list.
 */
export function settingsFromStored(value: unknown): Settings {
  const whole = parseSettings(value);
  if ('settings' in whole) return whole.settings;
  const settings: Settings = { ...DEFAULT_SETTINGS };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return settings;
  for (const [key, field] of Object.entries(value)) {
    if (!(key in DEFAULT_SETTINGS)) continue;
    const single = parseSettings({ [key]: field });
    if ('settings' in single) Object.assign(settings, { [key]: single.settings[key as keyof Settings] });
  }
  return settings;
}

export function createSettingsStore(storage: SettingsStorage): SettingsStore {
  const load = async (): Promise<Settings> => settingsFromStored((await storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  const save = (settings: Settings): Promise<void> => storage.local.set({ [SETTINGS_KEY]: settings });
  return {
    load,
    save,
    async update(change) {
      const next = change(await load());
      await save(next);
      return next;
    },
    onChange(listener) {
      const onChanged: StorageChangeListener = (changes, areaName) => {
        const change = changes[SETTINGS_KEY];
        if (areaName === 'local' && change) listener(settingsFromStored(change.newValue));
      };
      storage.onChanged.addListener(onChanged);
      return () => storage.onChanged.removeListener(onChanged);
    },
  };
}
