// What the content script exposes to the extension beyond the public messages: the copy that a
// context-menu item or a keyboard shortcut asks for. It lives on the content script's global,
// which only the extension's own isolated world sees (pages cannot); the background reaches it
// with scripting.executeScript. The same global is the guard that keeps a twice-injected
// script from starting twice — unless the script holding it belongs to an extension instance
// that was reloaded or updated since: Chrome keeps the isolated world (and its globals) while
// that orphan can no longer reach the runtime, so a fresh injection must take over.

export type CopyFormat = 'outline' | 'text';

export interface ContentApi {
  copy(format: CopyFormat): Promise<boolean>;
  /** false once the extension that started this script was reloaded, updated or removed */
  isAlive(): boolean;
}

declare global {
  // eslint-disable-next-line no-var
  var __qinggaoContent: ContentApi | undefined;
}

/** Runs inside the page via scripting.executeScript({ func }): self-contained, no imports. */
export function copyThroughContentScript(format: CopyFormat): Promise<boolean> {
  const api = globalThis.__qinggaoContent;
  return api ? api.copy(format) : Promise.resolve(false);
}
