// The toolbar badge on a speech page: how many top-level outline items it has ("4").
import type { TabState } from '../shared/messages';

export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
}

const BADGE_COLOR = '#B8322A'; // the icon's red

export function badgeTextFor(state: TabState | undefined): string {
  if (!state?.isSpeech || state.topLevelItems <= 0) return '';
  return state.topLevelItems > 99 ? '99+' : String(state.topLevelItems);
}

export async function showBadge(action: BadgeApi, tabId: number, state: TabState | undefined): Promise<void> {
  const text = badgeTextFor(state);
  await action.setBadgeText({ tabId, text });
  if (text) await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
}
