// The extension manifest per browser. `manifest.json` at the repository root is the one
// source (Chrome's shape); Firefox differs in a few keys, adjusted here so the build and the
// tests read the same function.
import baseManifest from '../manifest.json' with { type: 'json' };

export const GECKO_ID = 'qinggao@qinggao.app';
/** `data_collection_permissions` needs Firefox 140 on desktop (the oldest ESR still supported)… */
export const FIREFOX_MIN_VERSION = '140.0';
/** …and 142 on Android. */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** @param {'chrome' | 'firefox'} browser */
export function manifestFor(browser) {
  /** @type {Record<string, any>} */
  const manifest = structuredClone(baseManifest);
  if (browser === 'chrome') return manifest;

  delete manifest.minimum_chrome_version;
  // Firefox MV3 runs extension background code as an event page, not a service worker.
  manifest.background = { scripts: [baseManifest.background.service_worker], type: 'module' };
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      // Qinggao sends nothing anywhere (AMO asks every new extension to declare this).
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
  };
  return manifest;
}
