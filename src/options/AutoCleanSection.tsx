// The master switch: clean speech pages on known template sites as they load.
import type { Settings } from '../shared/settings';
import { t } from '../shared/i18n';
import type { UpdateSettings } from './OptionsApp';

export interface AutoCleanSectionProps {
  settings: Settings;
  update: UpdateSettings;
}

export function AutoCleanSection({ settings, update }: AutoCleanSectionProps) {
  return (
    <section class="card" aria-labelledby="auto-clean-heading">
      <h2 id="auto-clean-heading">{t('optionsAutoCleanHeading')}</h2>
      <label class="switch-row">
        <input
          type="checkbox"
          checked={settings.autoClean}
          onChange={(e) => {
            const autoClean = e.currentTarget.checked;
            void update((s) => ({ ...s, autoClean }));
          }}
        />
        <span>{t('optionsAutoCleanLabel')}</span>
      </label>
      <p class="hint">{t('optionsAutoCleanHint')}</p>
    </section>
  );
}
