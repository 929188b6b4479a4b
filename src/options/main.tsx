// Options entry: binds the options components to the extension runtime.
import '../core/re2-bundled'; // the rule editor checks and previews regex rules
import { browser } from '../shared/browser';
import { render } from 'preact';
import { t, uiLanguage } from '../shared/i18n';
import { createSettingsStore } from '../shared/settings-store';
import { deskUrl } from '../shared/desk-page';
import { createCollectionStore } from '../collection/collection-store';
import { allSitesPermission } from './all-sites-permission';
import { createPreviewSource } from './preview-source';
import { OptionsApp } from './OptionsApp';
import './options.css';

function download(fileName: string, text: string, doc: Document = document) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function main(root: HTMLElement) {
  document.documentElement.lang = uiLanguage();
  document.title = t('optionsPageTitle');
  const store = createSettingsStore(browser.storage);
  let everywhere = (await store.load()).detectEverywhere;
  store.onChange((s) => (everywhere = s.detectEverywhere));
  render(
    <OptionsApp
      store={store}
      permission={allSitesPermission(browser.permissions)}
      previewSource={createPreviewSource(browser, () => everywhere)}
      download={download}
      deskUrl={deskUrl(browser.runtime)}
      collection={createCollectionStore(browser.storage)}
    />,
    root,
  );
}

void main(document.getElementById('app')!);
