// Which speech this is (title, date, site), whether it reads as a speech, and the page actions.
import type { Analysis } from '../core/types';
import { t } from '../shared/i18n';

export interface PageHeaderProps {
  analysis: Analysis;
  busy: boolean;
  onClean(): void;
  onUndo(): void;
  onOpenInTab?: () => void;
}

export function PageHeader({ analysis, busy, onClean, onUndo, onOpenInTab }: PageHeaderProps) {
  const meta = analysis.meta ?? {};
  const facts = [meta.date, meta.host, meta.source].filter((f): f is string => Boolean(f));
  const confidence = Math.round(Math.min(1, Math.max(0, analysis.confidence || 0)) * 100);
  return (
    <header class="page-header">
      <h1 class={analysis.title ? 'page-title' : 'page-title untitled'}>{analysis.title || t('popupUntitled')}</h1>
      <p class="page-meta">
        <span class={analysis.isSpeech ? 'verdict speech' : 'verdict other'}>
          {analysis.isSpeech ? t('popupIsSpeech') : t('popupNotSpeech')}
        </span>
        <span class="confidence">{t('popupConfidence', confidence)}</span>
        {facts.map((fact, i) => (
          <span key={i} class="fact">
            {fact}
          </span>
        ))}
      </p>
      <div class="page-actions">
        <button type="button" class="primary" disabled={busy} onClick={onClean}>
          {t('popupClean')}
        </button>
        <button type="button" disabled={busy} onClick={onUndo}>
          {t('popupUndo')}
        </button>
        {onOpenInTab && (
          <button type="button" class="quiet" onClick={onOpenInTab}>
            {t('popupOpenInTab')}
          </button>
        )}
      </div>
    </header>
  );
}
