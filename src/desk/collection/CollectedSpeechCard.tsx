// One speech in the 提纲汇编 panel: title, where and when it came from, its outline (open when a
// search found something in it, the matching items marked), and its move and remove buttons.
import type { CollectedSpeech, SearchHit } from '../../core/collection';
import { t } from '../../shared/i18n';

export interface CollectedSpeechCardProps {
  speech: CollectedSpeech;
  /** set while searching: what matched */
  hit?: SearchHit;
  busy: boolean;
  onMoveUp?: () => void;
  onMoveDown?: () => void;
  onRemove(): void;
}

export function CollectedSpeechCard({ speech, hit, busy, onMoveUp, onMoveDown, onRemove }: CollectedSpeechCardProps) {
  const title = speech.title || t('popupUntitled');
  const added = speech.addedAt.slice(0, 10);
  const facts = [speech.site, speech.date].filter((fact) => fact !== '');
  const matched = new Set(hit?.outlineItems);
  return (
    <li class="collected-speech" data-id={speech.id}>
      <div class="collected-head">
        <h3 class={hit?.inTitle ? 'collected-title hit' : 'collected-title'}>{title}</h3>
        <div class="collected-actions">
          <button type="button" class="quiet" disabled={busy || !onMoveUp} aria-label={t('collectionMoveUpLabel', title)} onClick={onMoveUp}>
            {t('collectionMoveUp')}
          </button>
          <button type="button" class="quiet" disabled={busy || !onMoveDown} aria-label={t('collectionMoveDownLabel', title)} onClick={onMoveDown}>
            {t('collectionMoveDown')}
          </button>
          <button type="button" class="quiet danger" disabled={busy} aria-label={t('collectionRemoveLabel', title)} onClick={onRemove}>
            {t('collectionRemove')}
          </button>
        </div>
      </div>
      <p class="collected-meta">
        {facts.map((fact, i) => (
          <span key={i} class="fact">
            {fact}
          </span>
        ))}
        {speech.url && (
          <span class="fact url" title={speech.url}>
            {speech.url}
          </span>
        )}
        <span class="fact">{t('collectionAddedOn', added)}</span>
      </p>
      {speech.outline.length === 0 ? (
        <p class="empty">{t('collectionNoOutline')}</p>
      ) : (
        <details class="collected-outline" open={matched.size > 0}>
          <summary>{t('collectionOutlineCount', speech.outline.length)}</summary>
          <ol>
            {speech.outline.map((item, i) => (
              <li key={i} class={matched.has(i) ? 'hit' : undefined} style={{ paddingLeft: `${(item.level - 1) * 1.5}em` }}>
                <span class="marker">{item.marker}</span>
                {item.text}
              </li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}
