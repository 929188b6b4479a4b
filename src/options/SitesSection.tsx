// One switch per known template site, plus the other hosts the user switched off from a page.
import { TEMPLATE_SITES } from '../core/rules/sites';
import { isSiteDisabled, type Settings } from '../shared/settings';
import { t } from '../shared/i18n';
import type { UpdateSettings } from './OptionsApp';
import { siteNameOf } from './site-names';
import { otherDisabledSites, removeDisabledSite, setSiteEnabled } from './site-switches';

export interface SitesSectionProps {
  settings: Settings;
  update: UpdateSettings;
}

export function SitesSection({ settings, update }: SitesSectionProps) {
  const others = otherDisabledSites(settings);
  return (
    <section class="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
      <p class="hint">{settings.autoClean ? t('optionsSitesHint') : t('optionsSitesHintAutoCleanOff')}</p>
      <ul class={settings.autoClean ? 'site-list' : 'site-list dimmed'}>
        {TEMPLATE_SITES.map((site) => (
          <li key={site.domain}>
            <label>
              <input
                type="checkbox"
                checked={!isSiteDisabled(settings, site.domain)}
                onChange={(e) => {
                  const enabled = e.currentTarget.checked;
                  void update((s) => setSiteEnabled(s, site.domain, enabled));
                }}
              />
              <span class="site-domain">{site.domain}</span>
              {siteNameOf(site) && <span class="site-brand">{siteNameOf(site)}</span>}
            </label>
          </li>
        ))}
      </ul>
      {others.length > 0 && (
        <>
          <h3>{t('optionsOtherDisabledHeading')}</h3>
          <ul class="removable-list">
            {others.map((host) => (
              <li key={host}>
                <span class="site-domain">{host}</span>
                <button
                  type="button"
                  aria-label={t('optionsRemoveDisabledSite', host)}
                  onClick={() => void update((s) => removeDisabledSite(s, host))}
                >
                  {t('optionsRemove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
