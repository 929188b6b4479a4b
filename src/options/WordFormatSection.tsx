// Copying into Word/WPS: whether the rich copies carry the 公文 fonts (GB/T 9704) or the
// structure only.
import type { Settings } from '../shared/settings';
import { t } from '../shared/i18n';
import type { UpdateSettings } from './OptionsApp';

export interface WordFormatSectionProps {
  settings: Settings;
  update: UpdateSettings;
}

export function WordFormatSection({ settings, update }: WordFormatSectionProps) {
  return (
    <section class="card" aria-labelledby="word-format-heading">
      <h2 id="word-format-heading">{t('optionsWordFormatHeading')}</h2>
      <label class="switch-row">
        <input
          type="checkbox"
          checked={settings.gongwenFormat}
          onChange={(e) => {
            const gongwenFormat = e.currentTarget.checked;
            void update((s) => ({ ...s, gongwenFormat }));
          }}
        />
        <span>{t('optionsWordFormatLabel')}</span>
      </label>
      <p class="hint">{t('optionsWordFormatHint')}</p>
    </section>
  );
}
