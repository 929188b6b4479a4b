// The WebExtension API for entry points (content script, background, popup, options).
// webextension-polyfill gives Chrome the promise-based `browser.*` that Firefox has natively.
// Only entry files import this: everything below them takes the API (or a slice of it) as a
// parameter, so it runs in tests with a fake and without an extension runtime.
import browser from 'webextension-polyfill';

export type { Browser, Runtime, Tabs, Menus, Scripting, Storage } from 'webextension-polyfill';
export { browser };
