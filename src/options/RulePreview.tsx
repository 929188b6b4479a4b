// Shows which texts a rule would remove: each matching paragraph with the matches marked.
// Page text is rendered as text nodes only.
import type { JSX } from 'preact';
import type { RulePreview as Preview, RuleMatch } from './rule-preview';
import { t } from '../shared/i18n';

const SHOWN_MATCHES = 50;

export interface RulePreviewProps {
  preview: Preview;
  /** paragraphs searched, to say "none of 86 paragraphs" */
  paragraphCount: number;
}

export function RulePreview({ preview, paragraphCount }: RulePreviewProps) {
  const { matches, spanCount } = preview;
  if (matches.length === 0) {
    return (
      <p class="preview-summary none" role="status">
        {t('optionsPreviewNoMatch', paragraphCount)}
      </p>
    );
  }
  const hidden = matches.length - SHOWN_MATCHES;
  return (
    <div class="preview">
      <p class="preview-summary" role="status">
        {t('optionsPreviewSummary', matches.length, spanCount, paragraphCount)}
      </p>
      <ol class="preview-list">
        {matches.slice(0, SHOWN_MATCHES).map((match) => (
          <li key={match.paragraph} value={match.paragraph + 1}>
            {match.whole && <span class="tag">{t('optionsPreviewWholeParagraph')}</span>}
            <MarkedText match={match} />
          </li>
        ))}
      </ol>
      {hidden > 0 && <p class="hint">{t('optionsPreviewMore', hidden)}</p>}
    </div>
  );
}

function MarkedText({ match }: { match: RuleMatch }) {
  const parts: JSX.Element[] = [];
  let at = 0;
  match.spans.forEach((span, i) => {
    if (span.start > at) parts.push(<span key={`t${i}`}>{match.text.slice(at, span.start)}</span>);
    parts.push(<mark key={`m${i}`}>{match.text.slice(span.start, span.end)}</mark>);
    at = span.end;
  });
  if (at < match.text.length) parts.push(<span key="rest">{match.text.slice(at)}</span>);
  return <span class="preview-text">{parts}</span>;
}
