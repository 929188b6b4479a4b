// What the content script exposes to the extension beyond the public messages: the copy that a
// context-menu item or a keyboard shortcut asks for. It lives on the content script's global,
// which only the extension's own isolated world sees (pages cannot); the background reaches it
// with scripting.executeScript. The same global is the guard that keeps a twice-injected
// script from starting twice — unless the script holding it belongs to an extension instance
// that was reloaded or updated since: Chrome keeps the isolated world (and its globals) while
// that orphan can no longer reach the runtime, so a fresh injection must take over.

import type { RE2JS } from 're2js';
import type { PageAnalysis } from '../shared/messages';

export type CopyFormat = 'outline' | 'text';
/** The public messages (contract.md), each answered with the Analysis. */
export type ContentRequest = 'qinggao:analyze' | 'qinggao:clean' | 'qinggao:undo';

export interface ContentApi {
  copy(format: CopyFormat): Promise<boolean>;
  /** answers a public message the first stage received before the engine ran */
  request(type: ContentRequest): Promise<PageAnalysis>;
  /** false once the extension that started this script was reloaded, updated or removed */
  isAlive(): boolean;
}

declare global {
  // eslint-disable-next-line no-var
  var __qinggaoContent: ContentApi | undefined;
  /** the first stage's start guard (first-stage.ts), with the same orphan test */
  // eslint-disable-next-line no-var
  var __qinggaoFirstStage: Pick<ContentApi, 'isAlive'> | undefined;
  /** RE2, once its file was injected (re2-chunk.ts): the engine takes it from here */
  // eslint-disable-next-line no-var
  var __qinggaoRe2: typeof RE2JS | undefined;
}

/** Runs inside the page via scripting.executeScript({ func }): self-contained, no imports. */
export function copyThroughContentScript(format: CopyFormat): Promise<boolean> {
  const api = globalThis.__qinggaoContent;
  return api ? api.copy(format) : Promise.resolve(false);
}
