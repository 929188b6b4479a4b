// Popup entry: binds the components to the extension runtime. Everything testable lives in the
// components and helpers; this file only wires `browser` in.
import { browser } from '../shared/browser';
import { render } from 'preact';
import { t, uiLanguage } from '../shared/i18n';
import { createSettingsStore } from '../shared/settings-store';
import { openDesk } from '../shared/desk-page';
import { createPageClient } from './page-client';
import { popupTabUrl, resolveTargetTab, tabIdFromSearch } from './target-tab';
import { knownIndent } from './IndentChooser';
import { PopupApp } from './PopupApp';
import './popup.css';

// The indent is a copy habit of this browser, not a setting worth exporting: localStorage.
const INDENT_KEY = 'qinggao.outlineIndent';

async function main(root: HTMLElement, location: Location) {
  document.documentElement.lang = uiLanguage();
  document.title = t('extName');
  const inTab = tabIdFromSearch(location.search) !== undefined;
  document.body.classList.toggle('in-tab', inTab);

  const store = createSettingsStore(browser.storage);
  const [tab, settings] = await Promise.all([resolveTargetTab(browser.tabs, location.search), store.load()]);

  render(
    <PopupApp
      page={tab ? createPageClient(browser, tab) : undefined}
      clipboard={navigator.clipboard}
      initialDepth={settings.outlineDepth}
      saveDepth={(depth) => void store.update((s) => ({ ...s, outlineDepth: depth }))}
      initialIndent={knownIndent(localStorage.getItem(INDENT_KEY))}
      saveIndent={(indent) => localStorage.setItem(INDENT_KEY, indent)}
      gongwenFormat={settings.gongwenFormat}
      onOpenInTab={
        tab && !inTab
          ? () => void browser.tabs.create({ url: popupTabUrl(browser.runtime, tab.id) }).then(() => window.close())
          : undefined
      }
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onOpenDesk={() => void openDesk(browser).then(() => window.close())}
      collect={
        tab
          ? (analysis) => import('../collection/add-to-collection').then((m) => m.addToCollection(browser.storage, analysis, { url: tab.url ?? '' }))
          : undefined
      }
    />,
    root,
  );
}

void main(document.getElementById('app')!, window.location);
