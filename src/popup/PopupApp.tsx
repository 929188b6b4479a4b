// The popup's top level: gets the tab's Analysis, and switches between loading, the problem
// views (restricted page, no content script, failure) and the analysis itself.
import { useEffect, useState } from 'preact/hooks';
import type { PageAnalysis } from '../shared/messages';
import type { StoreAddOutcome } from '../collection/collection-store';
import { t } from '../shared/i18n';
import { PageUnavailable, type PageClient, type PageProblem, type PageRequest } from './page-client';
import type { ClipboardLike } from './clipboard';
import { AnalysisView } from './AnalysisView';
import { ProblemView } from './ProblemView';
import { useOutlinePreferences, type OutlinePreferenceStore } from './outline-preferences';

export interface PopupAppProps extends OutlinePreferenceStore {
  /** undefined when there is no tab to work on (closed, or a bad ?tabId=) */
  page: PageClient | undefined;
  clipboard: ClipboardLike;
  /** rich copies in the 公文 format (the options page's setting); default on */
  gongwenFormat?: boolean;
  /** absent in the tab view, which is already a tab */
  onOpenInTab?: () => void;
  onOpenOptions?: () => void;
  /** opens the 清稿台 (pasted text and files) in a tab */
  onOpenDesk?: () => void;
  /** "加入汇编": adds the page's speech to the outline collection */
  collect?: (analysis: PageAnalysis) => Promise<StoreAddOutcome>;
}

type View =
  | { state: 'loading' }
  | { state: 'ready'; analysis: PageAnalysis }
  | { state: 'problem'; problem: PageProblem | { kind: 'no-tab' } };

export function PopupApp(props: PopupAppProps) {
  const { page } = props;
  const [view, setView] = useState<View>(page ? { state: 'loading' } : { state: 'problem', problem: { kind: 'no-tab' } });
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const outlinePreferences = useOutlinePreferences(props);
  const [merging, setMerging] = useState(false);

  const show = (work: () => Promise<PageAnalysis>, done?: (analysis: PageAnalysis) => string) => {
    setBusy(true);
    setStatus('');
    return work()
      .then((analysis) => {
        setView({ state: 'ready', analysis });
        if (done) setStatus(done(analysis));
      })
      .catch((error: unknown) => {
        if (error instanceof PageUnavailable) setView({ state: 'problem', problem: error.problem });
        else setView({ state: 'problem', problem: { kind: 'failed', detail: String(error) } });
      })
      .finally(() => setBusy(false));
  };

  useEffect(() => {
    if (page) void show(() => page.request('qinggao:analyze'));
  }, [page]);

  const act = (type: PageRequest) => {
    if (!page) return;
    void show(
      () => page.request(type),
      (analysis) => (type === 'qinggao:clean' ? t('popupCleanedStatus', analysis.removed.length) : t('popupUndoneStatus')),
    );
  };
  // 合并全部 N 页: the page reads its other pages (progress in the page's notice); 取消 stays live
  const merge = () => {
    if (!page) return;
    setMerging(true);
    const running = show(
      () => page.request('qinggao:merge-pages'),
      (analysis) =>
        analysis.pages?.whole === 'loaded' ? t('noticeWholeLoaded') : analysis.pages && analysis.pages.merged > 1 ? t('popupMergedStatus', analysis.pages.merged) : '',
    );
    setStatus(t('popupMergingStatus')); // after show() cleared the last status
    void running.finally(() => setMerging(false));
  };

  return (
    <div class="popup">
      {view.state === 'loading' && (
        <p class="popup-loading" role="status">
          {t('popupLoading')}
        </p>
      )}
      {view.state === 'problem' && (
        <ProblemView
          problem={view.problem}
          busy={busy}
          onInject={page ? () => void show(() => page.injectAndAnalyze()) : undefined}
        />
      )}
      {view.state === 'ready' && (
        <AnalysisView
          analysis={view.analysis}
          busy={busy}
          status={status}
          onReport={setStatus}
          onClean={() => act('qinggao:clean')}
          onUndo={() => act('qinggao:undo')}
          clipboard={props.clipboard}
          {...outlinePreferences}
          onOpenInTab={props.onOpenInTab}
          gongwenFormat={props.gongwenFormat}
          onCollect={props.collect && (() => props.collect!(view.analysis))}
          merging={merging}
          onMerge={merge}
          onCancelMerge={page?.cancelMerge ? () => void page.cancelMerge?.() : undefined}
        />
      )}
      {(props.onOpenOptions || props.onOpenDesk) && (
        <footer class="popup-footer">
          {props.onOpenDesk && (
            <button type="button" class="link-button" onClick={props.onOpenDesk}>
              {t('popupOpenDesk')}
            </button>
          )}
          {props.onOpenOptions && (
            <button type="button" class="link-button" onClick={props.onOpenOptions}>
              {t('popupOpenOptions')}
            </button>
          )}
        </footer>
      )}
    </div>
  );
}
