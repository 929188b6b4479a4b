// An in-memory stand-in for the slice of `browser.*` the background uses: events you can fire,
// storage areas backed by Maps, and a record of every badge, menu, script and message call.

type Listener = (...args: any[]) => unknown;

export class FakeEvent {
  readonly listeners: Listener[] = [];
  addListener(listener: Listener): void {
    this.listeners.push(listener);
  }
  removeListener(listener: Listener): void {
    const i = this.listeners.indexOf(listener);
    if (i >= 0) this.listeners.splice(i, 1);
  }
  hasListener(listener: Listener): boolean {
    return this.listeners.includes(listener);
  }
  /** Calls every listener; returns their results (promises included). */
  fire(...args: unknown[]): unknown[] {
    return this.listeners.map((listener) => listener(...args));
  }
}

export class FakeStorageArea {
  readonly data = new Map<string, unknown>();
  constructor(private readonly onChanged?: FakeEvent, private readonly areaName = 'local') {}
  async get(key: string): Promise<Record<string, unknown>> {
    return this.data.has(key) ? { [key]: structuredClone(this.data.get(key)) } : {};
  }
  async set(items: Record<string, unknown>): Promise<void> {
    const changes: Record<string, { newValue: unknown }> = {};
    for (const [key, value] of Object.entries(items)) {
      this.data.set(key, structuredClone(value));
      changes[key] = { newValue: structuredClone(value) };
    }
    this.onChanged?.fire(changes, this.areaName);
  }
  async remove(key: string): Promise<void> {
    this.data.delete(key);
  }
}

export interface Registered {
  id: string;
  matches?: string[];
  excludeMatches?: string[];
  js?: string[];
  runAt?: string;
}

export function createFakeBrowser(options: { contentScript?: string[]; grantedOrigins?: string[] } = {}) {
  const storageChanged = new FakeEvent();
  const calls = {
    badgeText: [] as { tabId: number; text: string }[],
    badgeColor: [] as { tabId: number; color: string }[],
    menus: [] as { id: string; title: string; contexts: string[] }[],
    menuRemoveAll: 0,
    executeScript: [] as { target: { tabId: number; frameIds?: number[] }; files?: string[]; func?: (...a: any[]) => unknown; args?: unknown[] }[],
    sentToTabs: [] as { tabId: number; message: unknown; options: unknown }[],
    createdTabs: [] as { url?: string }[],
  };
  const registered: Registered[] = [];
  const granted = new Set(options.grantedOrigins ?? []);
  const browser = {
    calls,
    registered,
    runtime: {
      id: 'qinggao@test',
      onInstalled: new FakeEvent(),
      onStartup: new FakeEvent(),
      onMessage: new FakeEvent(),
      onConnect: new FakeEvent(),
      getManifest: () => ({ content_scripts: [{ js: options.contentScript ?? ['src/content/first-stage.js'] }] }),
      sendMessage: async (_message: unknown): Promise<unknown> => undefined,
      getURL: (path: string) => `chrome-extension://qinggao-test/${path.replace(/^\//, '')}`,
    },
    storage: {
      local: new FakeStorageArea(storageChanged, 'local'),
      session: new FakeStorageArea(undefined, 'session') as FakeStorageArea | undefined,
      onChanged: storageChanged,
    },
    action: {
      setBadgeText: async (details: { tabId: number; text: string }) => void calls.badgeText.push(details),
      setBadgeBackgroundColor: async (details: { tabId: number; color: string }) => void calls.badgeColor.push(details),
    },
    contextMenus: {
      onClicked: new FakeEvent(),
      removeAll: async () => {
        calls.menuRemoveAll++;
        calls.menus.length = 0;
      },
      create: (item: { id: string; title: string; contexts: string[] }) => void calls.menus.push(item),
    },
    commands: { onCommand: new FakeEvent() },
    tabs: {
      TAB_ID_NONE: -1,
      onUpdated: new FakeEvent(),
      onRemoved: new FakeEvent(),
      query: async () => [{ id: 7 }],
      create: async (properties: { url?: string }) => {
        calls.createdTabs.push(properties);
        return { id: 100 + calls.createdTabs.length, ...properties };
      },
      sendMessage: async (tabId: number, message: unknown, opts: unknown) => {
        calls.sentToTabs.push({ tabId, message, options: opts });
        return { isSpeech: true };
      },
    },
    scripting: {
      executeScript: async (injection: (typeof calls.executeScript)[number]) => {
        calls.executeScript.push(injection);
        return [{ frameId: 0, result: injection.func ? true : undefined }];
      },
      getRegisteredContentScripts: async (filter?: { ids?: string[] }) =>
        registered.filter((s) => !filter?.ids || filter.ids.includes(s.id)),
      registerContentScripts: async (scripts: Registered[]) => void registered.push(...scripts),
      unregisterContentScripts: async (filter: { ids: string[] }) => {
        for (const id of filter.ids) {
          const i = registered.findIndex((s) => s.id === id);
          if (i >= 0) registered.splice(i, 1);
        }
      },
    },
    permissions: {
      onAdded: new FakeEvent(),
      onRemoved: new FakeEvent(),
      contains: async (p: { origins?: string[] }) => (p.origins ?? []).every((o) => granted.has(o)),
      grant: (origin: string) => granted.add(origin),
      revoke: (origin: string) => granted.delete(origin),
    },
    i18n: { getMessage: (key: string) => `msg:${key}` },
  };
  return browser;
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;

export const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setTimeout(resolve, 0));
};
