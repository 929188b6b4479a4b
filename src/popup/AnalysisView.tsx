// One page's Analysis: header and actions, the outline, the full text, what was removed, and a
// status line that says what the last click did.
import type { PageAnalysis } from '../shared/messages';
import type { StoreAddOutcome } from '../collection/collection-store';
import { CollectButton } from '../collection/CollectButton';
import { t } from '../shared/i18n';
import type { ClipboardLike } from './clipboard';
import { OutlineSection } from './OutlineSection';
import { PageHeader } from './PageHeader';
import { RemovedList } from './RemovedList';
import { TextSection } from './TextSection';

export interface AnalysisViewProps {
  analysis: PageAnalysis;
  busy: boolean;
  /** what the last click did: "已复制提纲（12 条）", "已净化，移除 8 处" */
  status: string;
  onReport(message: string): void;
  /** the page actions; absent on the 清稿台, whose documents are no page */
  onClean?: () => void;
  onUndo?: () => void;
  clipboard: ClipboardLike;
  outlineDepth: number;
  onOutlineDepthChange(depth: number): void;
  outlineIndent: string;
  onOutlineIndentChange(indent: string): void;
  onOpenInTab?: () => void;
  /** rich copies in the 公文 format; default on */
  gongwenFormat?: boolean;
  /** "加入汇编" */
  onCollect?: () => Promise<StoreAddOutcome>;
  merging?: boolean;
  onMerge?: () => void;
  onCancelMerge?: () => void;
}

export function AnalysisView(props: AnalysisViewProps) {
  const { analysis } = props;
  const { onReport } = props;

  return (
    <main class="analysis">
      <PageHeader
        analysis={analysis}
        busy={props.busy}
        onClean={props.onClean}
        onUndo={props.onUndo}
        onOpenInTab={props.onOpenInTab}
        merging={props.merging}
        onMerge={props.onMerge}
        onCancelMerge={props.onCancelMerge}
      />
      {props.onCollect && (
        <div class="collect-row">
          <CollectButton collect={props.onCollect} onReport={onReport} disabled={analysis.paragraphs.length === 0} />
        </div>
      )}
      {!analysis.isSpeech && <p class="notice">{t('popupNotSpeechNotice')}</p>}
      <OutlineSection
        title={analysis.title}
        outline={analysis.outline}
        gongwenFormat={props.gongwenFormat}
        depth={props.outlineDepth}
        onDepthChange={props.onOutlineDepthChange}
        indent={props.outlineIndent}
        onIndentChange={props.onOutlineIndentChange}
        clipboard={props.clipboard}
        onReport={onReport}
      />
      <TextSection analysis={analysis} clipboard={props.clipboard} onReport={onReport} gongwenFormat={props.gongwenFormat} />
      <RemovedList removed={analysis.removed} />
      <p class={props.status ? 'status-bar shown' : 'status-bar'} role="status" aria-live="polite">
        {props.status}
      </p>
    </main>
  );
}
