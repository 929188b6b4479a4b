// The outline: depth chooser, copy buttons (which copy exactly the levels shown), and the tree.
import { useMemo } from 'preact/hooks';
import type { OutlineItem } from '../core/types';
// straight from the renderers, not the core index, so the popup bundle stays small
import { renderOutlineMarkdown, renderOutlineText } from '../core/render';
import { renderOutlineClipboardHtml } from '../core/word/clipboard-html';
import { t } from '../shared/i18n';
import { copyPlain, copyRich, type ClipboardLike } from './clipboard';
import { buildOutlineTree, countWithinDepth, depthLimit } from './outline-tree';
import { CopyButton } from './CopyButton';
import { DownloadButton } from './DownloadButton';
import { downloadWord } from './word-download';
import { DepthChooser } from './DepthChooser';
import { IndentChooser } from './IndentChooser';
import { OutlineTree } from './OutlineTree';

export interface OutlineSectionProps {
  /** the speech's title: the rich copy opens with it, the Word document too, and it names the file ("" when none) */
  title?: string;
  outline: OutlineItem[];
  /** the rich copy in the 公文 format (default) or structure only */
  gongwenFormat?: boolean;
  depth: number;
  onDepthChange(depth: number): void;
  indent: string;
  onIndentChange(indent: string): void;
  clipboard: ClipboardLike;
  onReport(message: string): void;
}

export function OutlineSection(props: OutlineSectionProps) {
  const { outline, depth, indent, clipboard } = props;
  const tree = useMemo(() => buildOutlineTree(outline), [outline]);
  // a new outline (after clean/undo) starts unfolded; the same outline keeps its folds
  const treeKey = useMemo(() => outline.map((i) => i.level + i.marker + i.text).join('\n'), [outline]);
  const deepestLevel = outline.reduce((max, i) => Math.max(max, i.level), 0);
  const maxDepth = depthLimit(depth);
  const shown = countWithinDepth(outline, maxDepth);

  const copyOutline = async () => {
    const options = { indent, maxDepth };
    const html = renderOutlineClipboardHtml({ title: props.title ?? '', outline }, { maxDepth, gongwen: props.gongwenFormat ?? true });
    await copyRich(clipboard, renderOutlineText(outline, options), html);
    return t('popupCopiedOutline', shown);
  };
  const copyOutlineMarkdown = async () => {
    await copyPlain(clipboard, renderOutlineMarkdown(outline, { maxDepth }));
    return t('popupCopiedOutlineMarkdown', shown);
  };
  const downloadOutline = async () => t('popupDownloadedWord', await downloadWord('outline', { title: props.title ?? '', paragraphs: [], outline }, { maxDepth }));

  return (
    <section class="section outline-section" aria-labelledby="outline-heading">
      <div class="section-head">
        <h2 id="outline-heading">
          {t('popupOutlineHeading')}
          {outline.length > 0 && <span class="count">{t('popupItemCount', shown)}</span>}
        </h2>
        {outline.length > 0 && <DepthChooser depth={depth} onChange={props.onDepthChange} deepestLevel={deepestLevel} />}
      </div>
      {outline.length === 0 ? (
        <p class="empty">{t('popupOutlineEmpty')}</p>
      ) : (
        <>
          <div class="copy-row">
            <CopyButton primary label={t('popupCopyOutline')} copy={copyOutline} onReport={props.onReport} />
            <CopyButton label={t('popupCopyOutlineMarkdown')} copy={copyOutlineMarkdown} onReport={props.onReport} />
            <DownloadButton label={t('popupDownloadWord')} title={t('popupDownloadOutlineWordTitle')} download={downloadOutline} onReport={props.onReport} />
            <IndentChooser indent={indent} onChange={props.onIndentChange} />
          </div>
          <OutlineTree key={treeKey} nodes={tree} maxDepth={maxDepth} />
        </>
      )}
    </section>
  );
}
