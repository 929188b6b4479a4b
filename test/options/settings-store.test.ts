import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../src/shared/settings';
import { createSettingsStore, settingsFromStored } from '../../src/shared/settings-store';
import { memoryStorage } from './fakes';

describe('settings store', () => {
  it('starts from the defaults when nothing is stored', async () => {
    expect(await createSettingsStore(memoryStorage()).load()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the good fields of a partly broken stored value', () => {
    const stored = { autoClean: false, outlineDepth: 'deep', userRules: [{ pattern: '广告', regex: false }], future: 1 };
    expect(settingsFromStored(stored)).toEqual({
      ...DEFAULT_SETTINGS,
      autoClean: false,
      userRules: [{ pattern: '广告', regex: false }],
    });
    expect(settingsFromStored('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('updates by read-modify-write, so a change made elsewhere in between survives', async () => {
    const storage = memoryStorage();
    const popup = createSettingsStore(storage);
    const options = createSettingsStore(storage);
    await options.update((s) => ({ ...s, disabledSites: ['gwyoo.com'] }));
    await popup.update((s) => ({ ...s, outlineDepth: 2 }));
    expect(await options.load()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['gwyoo.com'], outlineDepth: 2 });
  });

  it('tells listeners about saves to its key in local storage only, until unsubscribed', async () => {
    const storage = memoryStorage();
    const store = createSettingsStore(storage);
    const seen: number[] = [];
    const stop = store.onChange((s) => seen.push(s.outlineDepth));
    await store.update((s) => ({ ...s, outlineDepth: 3 }));
    await storage.local.set({ unrelated: 1 });
    stop();
    await store.update((s) => ({ ...s, outlineDepth: 1 }));
    expect(seen).toEqual([3]);
    expect(storage.data[SETTINGS_KEY]).toMatchObject({ outlineDepth: 1 });
  });
});
