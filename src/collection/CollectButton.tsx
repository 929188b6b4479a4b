// "加入汇编" (popup, each 清稿台 document): adds the speech and says what happened; afterwards the
// button says the speech is in the collection — just added, or there already as a duplicate.
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { StoreAddOutcome } from './collection-store';
import { addOutcomeText } from './add-outcome-text';

export interface CollectButtonProps {
  /** adds the speech (loading the collection code on the first click) */
  collect(): Promise<StoreAddOutcome>;
  onReport(message: string): void;
  disabled?: boolean;
}

type State = 'ready' | 'busy' | 'added' | 'duplicate';

export function CollectButton({ collect, onReport, disabled }: CollectButtonProps) {
  const [state, setState] = useState<State>('ready');
  const onClick = () => {
    setState('busy');
    collect().then(
      (outcome) => {
        onReport(addOutcomeText(outcome));
        setState(outcome.kind === 'added' || outcome.kind === 'duplicate' ? outcome.kind : 'ready');
      },
      (error: unknown) => {
        console.warn('Qinggao: adding to the collection failed', error);
        onReport(t('collectionNotSaved', String(error)));
        setState('ready');
      },
    );
  };
  const label = state === 'added' ? t('collectionInAfterAdd') : state === 'duplicate' ? t('collectionInAlready') : t('collectionAdd');
  return (
    <button type="button" class="collect" title={t('collectionAddTitle')} disabled={disabled || state !== 'ready'} onClick={onClick}>
      {label}
    </button>
  );
}
