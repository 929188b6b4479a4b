// In-memory stand-ins for browser.storage, the optional permission and the preview source.
import type { SettingsStorage } from '../../src/shared/settings-store';
import type { AllSitesPermission } from '../../src/options/all-sites-permission';
import type { PreviewSource, PreviewTab } from '../../src/options/preview-source';

export function memoryStorage(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  const listeners = new Set<Parameters<SettingsStorage['onChanged']['addListener']>[0]>();
  const storage: SettingsStorage & { data: typeof data } = {
    data,
    local: {
      async get(key) {
        return key in data ? { [key]: structuredClone(data[key]) } : {};
      },
      async set(items) {
        const changes: Record<string, { newValue?: unknown }> = {};
        for (const [key, value] of Object.entries(items)) {
          data[key] = structuredClone(value);
          changes[key] = { newValue: structuredClone(value) };
        }
        listeners.forEach((l) => l(changes, 'local'));
      },
    },
    onChanged: {
      addListener: (l) => void listeners.add(l),
      removeListener: (l) => void listeners.delete(l),
    },
  };
  return storage;
}

export function fakePermission(options: { granted?: boolean; userSays?: boolean } = {}) {
  let granted = options.granted ?? false;
  const calls: string[] = [];
  const permission: AllSitesPermission & { calls: string[] } = {
    calls,
    async granted() {
      return granted;
    },
    request() {
      calls.push('request');
      granted = options.userSays ?? true;
      return Promise.resolve(granted);
    },
    async remove() {
      calls.push('remove');
      granted = false;
      return true;
    },
  };
  return permission;
}

export function fakePreviewSource(tabs: (PreviewTab & { paragraphs: string[] })[] = []): PreviewSource {
  return {
    tabs: async () => tabs.map(({ id, title, host }) => ({ id, title, host })),
    paragraphs: async (tabId) => {
      const tab = tabs.find((t) => t.id === tabId);
      if (!tab) throw new Error('Could not establish connection. Receiving end does not exist.');
      return tab.paragraphs;
    },
  };
}
