// Every runtime message in one typed map: name → request payload and response.
// The three `qinggao:*` content-script messages are public (../shared/docs/contract.md).
import type { Analysis } from '../core/types';

/** Per-tab state the background keeps for the badge and the popup. */
export interface TabState {
  tabId: number;
  url: string;
  /** 'cleaned' | 'analyzed' mirrors <html data-qinggao> */
  status: 'cleaned' | 'analyzed';
  isSpeech: boolean;
  title: string;
  topLevelItems: number;
  removedCount: number;
}

/** How the content script answers the public messages: the Analysis (contract.md), and whether
 * the page is cleaned now (mirrors <html data-qinggao>; absent from an older content script). */
export interface PageAnalysis extends Analysis {
  status?: TabState['status'];
  /** the article's pages when its own pager shows more than one: how many, and how many are
   * merged into the page now (1 until 合并全部 N 页); `whole` when the pager links the article's
   * one-page full text: offered, or loaded in place of the page's text (then merged = total) */
  pages?: { total: number; merged: number; whole?: 'offered' | 'loaded' };
}

export interface MessageMap {
  // popup/background → content script (contract.md): each answers with the Analysis
  'qinggao:analyze': { request: Record<never, never>; response: PageAnalysis };
  'qinggao:clean': { request: Record<never, never>; response: PageAnalysis };
  'qinggao:undo': { request: Record<never, never>; response: PageAnalysis };
  // popup → content script, on the user's click: fetch the article's other pages (same origin,
  // from its own pager) and merge them in; answered with the merged page's analysis
  'qinggao:merge-pages': { request: Record<never, never>; response: PageAnalysis };
  'qinggao:cancel-merge': { request: Record<never, never>; response: void };
  // content script → background: the page's state changed (badge, per-tab state)
  'qinggao:state': { request: Omit<TabState, 'tabId'>; response: void };
  // (a large page's analysis in the background goes over a port in pieces: analysis-port.ts)
  // content script → background: inject the engine (first stage) or RE2 (engine) into the
  // sender's frame; true once it ran
  'qinggao:load-engine': { request: Record<never, never>; response: boolean };
  'qinggao:load-re2': { request: Record<never, never>; response: boolean };
}

export type MessageName = keyof MessageMap;
export type RequestOf<N extends MessageName> = MessageMap[N]['request'];
export type ResponseOf<N extends MessageName> = MessageMap[N]['response'];

export type Message<N extends MessageName = MessageName> = N extends MessageName
  ? { type: N } & RequestOf<N>
  : never;

const NAMES: readonly MessageName[] = [
  'qinggao:analyze',
  'qinggao:clean',
  'qinggao:undo',
  'qinggao:merge-pages',
  'qinggao:cancel-merge',
  'qinggao:state',
  'qinggao:load-engine',
  'qinggao:load-re2',
];

/** Narrows an unknown runtime message to one of ours; anything else is ignored by handlers. */
export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    (NAMES as readonly string[]).includes((value as { type: string }).type)
  );
}
