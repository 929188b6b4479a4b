// "Detect on every site": once the user granted the optional <all_urls> access and switched
// the setting on, the content script is registered for every page (template sites keep their
// manifest declaration). Switching off, or revoking the permission, unregisters it.
import type { Browser } from 'webextension-polyfill';
import { templateSiteMatchPatterns } from '../core/rules/sites';
import type { Settings } from '../shared/settings';

export const EVERYWHERE_SCRIPT_ID = 'qinggao-everywhere';
export const ALL_SITES = { origins: ['<all_urls>'] };

export type EverywhereApi = Pick<Browser, 'scripting' | 'permissions' | 'runtime'>;

export async function syncEverywhereScript(api: EverywhereApi, settings: Settings, files: string[]): Promise<boolean> {
  const wanted = settings.detectEverywhere && files.length > 0 && (await api.permissions.contains(ALL_SITES));
  const registered = await api.scripting.getRegisteredContentScripts({ ids: [EVERYWHERE_SCRIPT_ID] });
  if (wanted && registered.length === 0) {
    await api.scripting.registerContentScripts([
      {
        id: EVERYWHERE_SCRIPT_ID,
        matches: ['http://*/*', 'https://*/*'],
        excludeMatches: templateSiteMatchPatterns(),
        js: files,
        runAt: 'document_idle',
      },
    ]);
  } else if (!wanted && registered.length > 0) {
    await api.scripting.unregisterContentScripts({ ids: [EVERYWHERE_SCRIPT_ID] });
  }
  return wanted;
}
