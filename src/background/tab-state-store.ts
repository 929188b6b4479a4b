// Per-tab page state (for the badge and the popup). Kept in storage.session so it outlives a
// service-worker restart but not the browser session; a plain Map where session storage is
// missing (very old Firefox), where an event page's lifetime is the best that can be had.
import type { TabState } from '../shared/messages';

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface TabStateStore {
  get(tabId: number): Promise<TabState | undefined>;
  set(state: TabState): Promise<void>;
  remove(tabId: number): Promise<void>;
}

const keyOf = (tabId: number): string => `qinggao.tab.${tabId}`;

export function createTabStateStore(session: SessionArea | undefined): TabStateStore {
  if (!session) {
    const memory = new Map<number, TabState>();
    return {
      get: async (tabId) => memory.get(tabId),
      set: async (state) => void memory.set(state.tabId, state),
      remove: async (tabId) => void memory.delete(tabId),
    };
  }
  return {
    async get(tabId) {
      const value = (await session.get(keyOf(tabId)))[keyOf(tabId)];
      return isTabState(value) ? value : undefined;
    },
    set: (state) => session.set({ [keyOf(state.tabId)]: state }),
    remove: (tabId) => session.remove(keyOf(tabId)),
  };
}

function isTabState(value: unknown): value is TabState {
  const v = value as Partial<TabState> | null;
  return typeof v === 'object' && v !== null && typeof v.tabId === 'number' && typeof v.status === 'string';
}
