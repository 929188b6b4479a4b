// User-facing strings come from public/_locales/*/messages.json through the browser's i18n API.
// `MessageKey` is derived from the zh_CN file (the default locale), so `tsc` rejects a key that
// does not exist; test/locales.test.ts checks the other languages have every key.
//
// This reads `chrome.i18n` (present in Chrome and Firefox) instead of importing
// webextension-polyfill: getMessage is synchronous, and components that only translate can be
// rendered in tests with a fake `chrome.i18n` and no extension runtime.

export type MessageKey = keyof typeof import('../../public/_locales/zh_CN/messages.json');

interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
  getUILanguage?(): string;
}

function i18nApi(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** The message for `key` in the browser's language; the key itself when it is missing, so a gap is visible. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  const message = i18nApi()?.getMessage(key, subs.length ? subs : undefined);
  return message || key;
}

/** The browser UI language ("zh-CN", "en-US"), for <html lang>. */
export function uiLanguage(): string {
  return i18nApi()?.getUILanguage?.() ?? 'zh-CN';
}
