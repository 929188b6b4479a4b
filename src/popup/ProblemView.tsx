// What the popup says when it has no Analysis to show, and the one thing the user can do about it.
import { t, type MessageKey } from '../shared/i18n';
import type { PageProblem } from './page-client';
import type { Restriction } from './restricted-page';

export interface ProblemViewProps {
  problem: PageProblem | { kind: 'no-tab' };
  busy: boolean;
  /** offered when the content script is not in the page yet */
  onInject?: () => void;
}

const RESTRICTION_TEXT: Record<Restriction, MessageKey> = {
  'browser-page': 'popupRestrictedBrowserPage',
  store: 'popupRestrictedStore',
  pdf: 'popupRestrictedPdf',
  file: 'popupRestrictedFile',
  'no-access': 'popupRestrictedNoAccess',
};

export function ProblemView({ problem, busy, onInject }: ProblemViewProps) {
  switch (problem.kind) {
    case 'no-tab':
      return <p class="problem">{t('popupNoTab')}</p>;
    case 'restricted':
      return <p class="problem">{t(RESTRICTION_TEXT[problem.restriction])}</p>;
    case 'no-content-script':
      return (
        <div class="problem">
          <p>{t('popupNotTemplateSite')}</p>
          {onInject && (
            <button type="button" class="primary" disabled={busy} onClick={onInject}>
              {busy ? t('popupAnalyzing') : t('popupAnalyzeThisPage')}
            </button>
          )}
          <p class="hint">{t('popupAnalyzeHint')}</p>
        </div>
      );
    case 'failed':
      return (
        <div class="problem" role="alert">
          <p>{t('popupFailed')}</p>
          <p class="hint">{t('popupFailedHint')}</p>
          <p class="detail">{problem.detail}</p>
        </div>
      );
  }
}
