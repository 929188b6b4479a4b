// Pages where no extension may run a script. Knowing them up front lets the popup say why
// instead of showing a raw scripting error. The browser is the final judge: an injection that
// fails on an unlisted page is explained by `restrictionFromError`.

export type Restriction =
  | 'browser-page'
  | 'store'
  | 'pdf'
  | 'file'
  /** an ordinary page the extension has no access to right now: no activeTab grant (the tab view), no host permission */
  | 'no-access';

const BROWSER_SCHEMES = new Set([
  'about:', 'chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:',
  'edge:', 'brave:', 'opera:', 'vivaldi:', 'moz-extension:', 'resource:', 'view-source:', 'data:',
  'blob:', 'javascript:',
]);

// Extension stores: browsers refuse content scripts there, whatever the permissions.
const STORE_PAGES: readonly { host: string; path: string }[] = [
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org', path: '/' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

/** Why scripts cannot run on `url`, or undefined when they may (or the URL is unknown). */
export function restrictionOf(url: string | undefined): Restriction | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (BROWSER_SCHEMES.has(parsed.protocol)) return 'browser-page';
  if (STORE_PAGES.some((s) => parsed.hostname === s.host && parsed.pathname.startsWith(s.path))) return 'store';
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  if (parsed.protocol === 'file:') return 'file';
  return undefined;
}

/** Reads the browsers' scripting errors ("Cannot access a chrome:// URL", "The extensions gallery cannot be scripted"). */
export function restrictionFromError(message: string): Restriction | undefined {
  if (/gallery cannot be scripted|webstore|addons\.mozilla/i.test(message)) return 'store';
  if (/chrome:\/\/|edge:\/\/|about:|extension:\/\//i.test(message)) return 'browser-page';
  if (/file:\/\/|file URL/i.test(message)) return 'file';
  if (/pdf/i.test(message)) return 'pdf';
  if (/must request permission|missing host permission|cannot access contents/i.test(message)) return 'no-access';
  return undefined;
}
