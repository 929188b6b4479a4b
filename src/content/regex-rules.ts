// The engine's RE2 comes on demand: before any settings holding a regex rule reach the engine,
// the background injects RE2's file (re2-chunk.ts) and the core takes it from the global it sets
// (core/re2-engine.ts). Without regex rules RE2 never loads.
import { provideRe2, re2Loaded } from '../core/re2-engine';
import type { Settings } from '../shared/settings';
import type { SettingsStore } from '../shared/settings-store';
import type {} from './content-api'; // the global's type

export async function ensureRe2For(settings: Settings, load: () => Promise<unknown>): Promise<void> {
  if (re2Loaded() || !settings.userRules.some((rule) => rule.regex)) return;
  if (!globalThis.__qinggaoRe2) await load();
  const injected = globalThis.__qinggaoRe2;
  if (!injected) throw new Error('RE2 did not load');
  provideRe2(injected);
}

/** The store, whose settings arrive only once the RE2 they need is there. */
export function withRe2OnDemand(store: SettingsStore, load: () => Promise<unknown>): SettingsStore {
  const ready = async (settings: Settings): Promise<Settings> => {
    await ensureRe2For(settings, load);
    return settings;
  };
  return {
    ...store,
    load: () => store.load().then(ready),
    update: (change) => store.update(change).then(ready),
    onChange: (listener) => store.onChange((settings) => void ready(settings).then(listener)),
  };
}
