// Desk entry: binds the 清稿台 to the extension runtime (settings, clipboard, DOMParser).
import '../core/re2-bundled'; // the user's regex rules apply to pastes and files here
import { render } from 'preact';
import { browser } from '../shared/browser';
import { t, uiLanguage } from '../shared/i18n';
import { createSettingsStore } from '../shared/settings-store';
import { knownIndent } from '../popup/IndentChooser';
import { DeskApp } from './DeskApp';
import { readDeskFile } from './read-file';
import { bindCollectionStorage } from './collection/desk-collection';
import './desk.css';

// the popup's copy habit, shared: the same localStorage key of the extension's origin
const INDENT_KEY = 'qinggao.outlineIndent';

const parseHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

async function main(root: HTMLElement) {
  document.documentElement.lang = uiLanguage();
  document.title = t('deskTitle');
  // a file dropped beside the page's content is not opened by the browser in place of the desk
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => event.preventDefault());
  const store = createSettingsStore(browser.storage);
  const settings = await store.load();
  bindCollectionStorage(browser.storage);
  render(
    <DeskApp
      clipboard={navigator.clipboard}
      readFile={(file) => readDeskFile(file, { parseHtml, userRules: settings.userRules })}
      parseHtml={parseHtml}
      userRules={settings.userRules}
      initialDepth={settings.outlineDepth}
      saveDepth={(depth) => void store.update((s) => ({ ...s, outlineDepth: depth }))}
      initialIndent={knownIndent(localStorage.getItem(INDENT_KEY))}
      saveIndent={(indent) => localStorage.setItem(INDENT_KEY, indent)}
      gongwenFormat={settings.gongwenFormat}
    />,
    root,
  );
}

void main(document.getElementById('app')!);
