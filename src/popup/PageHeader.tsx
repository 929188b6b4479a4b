// Which speech this is (title, date, site), whether it reads as a speech, and the page actions:
// 净化本页 while the page is as the site served it, "已净化 N 处" and 撤销 once it is cleaned;
// 合并全部 N 页 when the article's own pager shows more pages, 载入全文 when it shows only a
// full-text link (取消 while they are read).
import type { PageAnalysis } from '../shared/messages';
import { t } from '../shared/i18n';

export interface PageHeaderProps {
  analysis: PageAnalysis;
  busy: boolean;
  /** absent (with onUndo) for a document that is no page: the 清稿台's pastes and files */
  onClean?: () => void;
  onUndo?: () => void;
  onOpenInTab?: () => void;
  /** the other pages are being read now */
  merging?: boolean;
  onMerge?: () => void;
  onCancelMerge?: () => void;
}

export function PageHeader({ analysis, busy, onClean, onUndo, onOpenInTab, merging, onMerge, onCancelMerge }: PageHeaderProps) {
  const pages = analysis.pages;
  const mergeable = Boolean(onMerge && pages && pages.merged === 1 && pages.whole !== 'loaded' && (pages.total > 1 || pages.whole === 'offered'));
  const meta = analysis.meta ?? {};
  const facts = [meta.date, meta.host, meta.source].filter((f): f is string => Boolean(f));
  const cleaned = analysis.status === 'cleaned';
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
      {onClean && onUndo && (
        <div class="page-actions">
          {cleaned ? (
            <span class="cleaned-state" role="status">
              {t('popupCleanedState', analysis.removed.length)}
            </span>
          ) : (
            <button type="button" class="primary" disabled={busy} onClick={onClean}>
              {t('popupClean')}
            </button>
          )}
          {/* nothing to undo on a page known to be as served; an older content script does not say */}
          {analysis.status !== 'analyzed' && (
            <button type="button" disabled={busy} onClick={onUndo}>
              {t('popupUndo')}
            </button>
          )}
          {mergeable && !merging && (
            <button type="button" class="merge-pages" disabled={busy} onClick={onMerge}>
              {pages!.total > 1 ? t('noticeMergePages', pages!.total) : t('noticeLoadWhole')}
            </button>
          )}
          {merging && onCancelMerge && (
            <button type="button" class="merge-cancel" onClick={onCancelMerge}>
              {t('noticeMergeCancel')}
            </button>
          )}
          {onOpenInTab && (
            <button type="button" class="quiet" onClick={onOpenInTab}>
              {t('popupOpenInTab')}
            </button>
          )}
        </div>
      )}
    </header>
  );
}
