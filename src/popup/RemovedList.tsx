// Everything cleaning took out, by reason, so the user can see nothing of the speech went.
import type { Removed } from '../core/types';
import { t } from '../shared/i18n';
import { groupRemoved } from './removed-groups';
import { reasonLabel } from './reason-labels';

export interface RemovedListProps {
  removed: Removed[];
}

export function RemovedList({ removed }: RemovedListProps) {
  const groups = groupRemoved(removed);
  return (
    <section class="section removed-section" aria-labelledby="removed-heading">
      <div class="section-head">
        <h2 id="removed-heading">
          {t('popupRemovedHeading')}
          {removed.length > 0 && <span class="count">{t('popupRemovedCount', removed.length)}</span>}
        </h2>
      </div>
      {groups.length === 0 ? (
        <p class="empty">{t('popupRemovedEmpty')}</p>
      ) : (
        <>
          <p class="hint">{t('popupRemovedHint')}</p>
          {groups.map((group) => (
            <details key={group.reason} class="removed-group" data-reason={group.reason}>
              <summary>
                <span class="reason">{reasonLabel(group.reason)}</span>
                <span class="badge">{group.total}</span>
              </summary>
              <ul class="removed-items">
                {group.entries.map((entry, i) => (
                  <li key={i}>
                    <span class={entry.text ? 'removed-text' : 'removed-text blank'}>
                      {entry.text || t('popupRemovedBlank')}
                    </span>
                    {entry.count > 1 && (
                      <span class="repeat" aria-label={t('popupRemovedRepeat', entry.count)}>
                        ×{entry.count}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </>
      )}
    </section>
  );
}
