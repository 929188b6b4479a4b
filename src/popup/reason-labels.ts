// Human names for removal reasons (contract.md's RemovedReason), shared by the popup and options.
import type { RemovedReason } from '../core/types';
import { t, type MessageKey } from '../shared/i18n';

const REASON_KEYS: Record<RemovedReason, MessageKey> = {
  watermark: 'reasonWatermark',
  paywall: 'reasonPaywall',
  promo: 'reasonPromo',
  contact: 'reasonContact',
  meta: 'reasonMeta',
  breadcrumb: 'reasonBreadcrumb',
  hidden: 'reasonHidden',
  'duplicate-title': 'reasonDuplicateTitle',
  'site-chrome': 'reasonSiteChrome',
  'user-rule': 'reasonUserRule',
};

/** The label for a reason; an unknown one (a newer core) shows as itself rather than vanishing. */
export function reasonLabel(reason: RemovedReason): string {
  const key = REASON_KEYS[reason] as MessageKey | undefined;
  return key ? t(key) : reason;
}
