// The options page: loads the settings, saves every change at once (read-modify-write, so a
// site switched off from a page meanwhile is kept), and follows changes made elsewhere.
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import type { SettingsStore } from '../shared/settings-store';
import type { CollectionStore } from '../collection/collection-store';
import { t } from '../shared/i18n';
import type { AllSitesPermission } from './all-sites-permission';
import type { PreviewSource } from './preview-source';
import { AutoCleanSection } from './AutoCleanSection';
import { WordFormatSection } from './WordFormatSection';
import { SitesSection } from './SitesSection';
import { DetectEverywhereSection } from './DetectEverywhereSection';
import { UserRulesSection } from './UserRulesSection';
import { ImportExportSection } from './ImportExportSection';
import { NetworkSection } from './NetworkSection';

export interface OptionsAppProps {
  store: SettingsStore;
  permission: AllSitesPermission;
  previewSource: PreviewSource;
  /** saves a file for the user (an <a download> in the page) */
  download(fileName: string, text: string): void;
  now?: () => Date;
  /** the 清稿台's address, linked from the header */
  deskUrl?: string;
  /** the 提纲汇编, which the settings file carries too */
  collection?: CollectionStore;
}

export type UpdateSettings = (change: (current: Settings) => Settings) => Promise<Settings>;

export function OptionsApp({ store, permission, previewSource, download, now, deskUrl, collection }: OptionsAppProps) {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [saveError, setSaveError] = useState('');

  useEffect(() => {
    void store.load().then(setSettings);
    return store.onChange(setSettings);
  }, [store]);

  const update: UpdateSettings = async (change) => {
    try {
      const next = await store.update(change);
      setSettings(next);
      setSaveError('');
      return next;
    } catch (error) {
      setSaveError(t('optionsSaveFailed', String(error)));
      throw error;
    }
  };

  if (!settings) return <p role="status">{t('optionsLoading')}</p>;
  return (
    <div class="options">
      <header class="options-header">
        <h1>{t('optionsTitle')}</h1>
        <p class="hint">{t('optionsIntro')}</p>
        {deskUrl && (
          <p class="desk-link">
            <a href={deskUrl} target="_blank" rel="noopener">
              {t('optionsOpenDesk')}
            </a>
          </p>
        )}
      </header>
      {saveError && (
        <p class="error" role="alert">
          {saveError}
        </p>
      )}
      <AutoCleanSection settings={settings} update={update} />
      <SitesSection settings={settings} update={update} />
      <WordFormatSection settings={settings} update={update} />
      <DetectEverywhereSection settings={settings} update={update} permission={permission} />
      <UserRulesSection settings={settings} update={update} previewSource={previewSource} />
      <NetworkSection />
      <ImportExportSection
        settings={settings}
        update={update}
        permission={permission}
        download={download}
        now={now ?? (() => new Date())}
        collection={collection}
      />
    </div>
  );
}
