// The cleaned body: how much there is, and copies as plain text or Markdown.
import type { Analysis } from '../core/types';
import { renderCleanText, renderMarkdown } from '../core/render';
import { renderTextClipboardHtml } from '../core/word/clipboard-html';
import { t } from '../shared/i18n';
import { copyPlain, copyRich, type ClipboardLike } from './clipboard';
import { CopyButton } from './CopyButton';
import { DownloadButton } from './DownloadButton';
import { downloadWord } from './word-download';

export interface TextSectionProps {
  analysis: Analysis;
  clipboard: ClipboardLike;
  onReport(message: string): void;
  /** the rich copy in the 公文 format (default) or structure only */
  gongwenFormat?: boolean;
}

/** Characters a writer would count: whitespace excluded, each CJK character one. */
export function characterCount(paragraphs: readonly string[]): number {
  return paragraphs.reduce((sum, p) => sum + [...p.replace(/\s+/gu, '')].length, 0);
}

export function TextSection({ analysis, clipboard, onReport, gongwenFormat = true }: TextSectionProps) {
  const paragraphs = analysis.paragraphs.length;
  const characters = characterCount(analysis.paragraphs);
  const copyText = async () => {
    await copyRich(clipboard, renderCleanText(analysis), renderTextClipboardHtml(analysis, { gongwen: gongwenFormat }));
    return t('popupCopiedText', paragraphs, characters);
  };
  const copyMarkdown = async () => {
    await copyPlain(clipboard, renderMarkdown(analysis));
    return t('popupCopiedMarkdown', paragraphs);
  };
  const downloadSpeech = async () => t('popupDownloadedWord', await downloadWord('speech', analysis));
  return (
    <section class="section text-section" aria-labelledby="text-heading">
      <div class="section-head">
        <h2 id="text-heading">
          {t('popupTextHeading')}
          <span class="count">{t('popupTextSize', paragraphs, characters)}</span>
        </h2>
      </div>
      {paragraphs === 0 ? (
        <p class="empty">{t('popupTextEmpty')}</p>
      ) : (
        <div class="copy-row">
          <CopyButton label={t('popupCopyText')} copy={copyText} onReport={onReport} />
          <CopyButton label={t('popupCopyMarkdown')} copy={copyMarkdown} onReport={onReport} />
          <DownloadButton label={t('popupDownloadWord')} title={t('popupDownloadTextWordTitle')} download={downloadSpeech} onReport={onReport} />
        </div>
      )}
    </section>
  );
}
