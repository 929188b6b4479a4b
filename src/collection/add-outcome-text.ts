// What "加入汇编" says after a click, in the user's language: added (and how many there are now),
// already there (and as which speech), or why not.
import type { StoreAddOutcome } from './collection-store';
import { t } from '../shared/i18n';

const MB = 1024 * 1024;
const megabytes = (bytes: number) => (bytes / MB).toFixed(1);

export function addOutcomeText(outcome: StoreAddOutcome, untitled = t('popupUntitled')): string {
  switch (outcome.kind) {
    case 'added':
      return t('collectionAdded', outcome.items.length);
    case 'duplicate':
      return t('collectionDuplicate', outcome.of.title || untitled);
    case 'empty':
      return t('collectionNothingToAdd');
    case 'full':
      return outcome.limit === 'count'
        ? t('collectionFullCount', outcome.max)
        : t('collectionFullSize', megabytes(outcome.usedBytes), megabytes(outcome.maxBytes), Math.ceil(outcome.speechBytes / 1024));
    case 'not-saved':
      return t('collectionNotSaved', outcome.detail);
  }
}
