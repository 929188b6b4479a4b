// Where a rule preview gets page text: open tabs the extension can read (known template sites,
// or every page once "在所有网站上检测" is granted), most recently used first.
import type { Analysis } from '../core/types';
import { templateSiteOf } from '../core/rules/sites';
import { createPageClient, type PageApi } from '../popup/page-client';

export interface PreviewTab {
  id: number;
  title: string;
  host: string;
}

export interface PreviewTabsApi {
  query(query: Record<string, never>): Promise<{ id?: number; url?: string; title?: string; lastAccessed?: number }[]>;
}

export interface PreviewSource {
  tabs(): Promise<PreviewTab[]>;
  paragraphs(tabId: number): Promise<string[]>;
}

export function createPreviewSource(api: PageApi & { tabs: PreviewTabsApi }, everywhere: () => boolean): PreviewSource {
  return {
    async tabs() {
      const all = await api.tabs.query({});
      return all
        .flatMap((tab) => {
          const host = hostOf(tab.url);
          if (tab.id === undefined || !host) return [];
          if (!templateSiteOf(host) && !everywhere()) return [];
          return [{ tab: { id: tab.id, title: tab.title || host, host }, lastAccessed: tab.lastAccessed ?? 0 }];
        })
        .sort((a, b) => b.lastAccessed - a.lastAccessed)
        .map((entry) => entry.tab);
    },
    async paragraphs(tabId) {
      const analysis: Analysis = await createPageClient(api, { id: tabId }).request('qinggao:analyze');
      return analysis.title ? [analysis.title, ...analysis.paragraphs] : analysis.paragraphs;
    },
  };
}

/** http(s) pages only: the content script does not run anywhere else. */
function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : undefined;
  } catch {
    return undefined;
  }
}
