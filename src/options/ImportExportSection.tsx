// Settings and the 提纲汇编 to and from a JSON file. An import is checked whole (parseSettings,
// parseCollection) and either replaces the settings (and the collection, when the file has one)
// or changes nothing and lists every problem by its path in the file.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { CollectionStore } from '../collection/collection-store';
import type { Settings, SettingsProblem } from '../shared/settings';
import { t } from '../shared/i18n';
import type { AllSitesPermission } from './all-sites-permission';
import type { UpdateSettings } from './OptionsApp';
import { describePath, describeProblem } from './problem-text';
import { readSettingsFile, settingsFileName, settingsFileText } from './settings-file';

export interface ImportExportSectionProps {
  settings: Settings;
  update: UpdateSettings;
  permission: AllSitesPermission;
  download(fileName: string, text: string): void;
  now(): Date;
  /** the 提纲汇编, exported and imported with the settings */
  collection?: CollectionStore;
}

type Outcome = { kind: 'none' } | { kind: 'imported'; notes: string[] } | { kind: 'problems'; problems: SettingsProblem[] };

/** Applies an imported file's text; the permission cannot be granted here (no click), only checked. */
export async function importSettings(
  text: string,
  update: UpdateSettings,
  permission: AllSitesPermission,
  collection?: Pick<CollectionStore, 'replace'>,
): Promise<Outcome> {
  const read = readSettingsFile(text);
  if ('problems' in read) return { kind: 'problems', problems: read.problems };
  const notes: string[] = [];
  let imported = read.settings;
  if (imported.detectEverywhere && !(await permission.granted())) {
    imported = { ...imported, detectEverywhere: false };
    notes.push(t('optionsImportNeedsPermission'));
  }
  await update(() => imported);
  if (read.collection && collection) {
    await collection.replace(read.collection);
    notes.push(t('optionsImportedCollection', read.collection.length));
  }
  return { kind: 'imported', notes };
}

export function ImportExportSection({ settings, update, permission, download, now, collection }: ImportExportSectionProps) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });

  const onExport = () => {
    if (!collection) return download(settingsFileName(now()), settingsFileText(settings));
    void collection.load().then((items) => download(settingsFileName(now()), settingsFileText(settings, items)));
  };

  const onFile = (event: JSX.TargetedEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    void file
      .text()
      .then((text) => importSettings(text, update, permission, collection))
      .then(setOutcome, (error: unknown) =>
        setOutcome({ kind: 'problems', problems: [{ path: '', message: String(error) }] }),
      )
      .finally(() => (input.value = '')); // choosing the same file again must fire change again
  };

  return (
    <section class="card" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('optionsImportExportHeading')}</h2>
      <p class="hint">{t('optionsImportExportHint')}</p>
      <div class="button-row">
        <button type="button" onClick={onExport}>
          {t('optionsExport')}
        </button>
        <label class="file-button">
          <input type="file" accept=".json,application/json" onChange={onFile} />
          <span>{t('optionsImport')}</span>
        </label>
      </div>
      {outcome.kind === 'imported' && (
        <div role="status">
          <p class="success">{t('optionsImported')}</p>
          {outcome.notes.map((note, i) => (
            <p key={i} class="warning">
              {note}
            </p>
          ))}
        </div>
      )}
      {outcome.kind === 'problems' && (
        <div class="problems" role="alert">
          <p class="error">{t('optionsImportProblems', outcome.problems.length)}</p>
          <ul>
            {outcome.problems.map((problem, i) => (
              <li key={i}>
                <span class="problem-path">{describePath(problem.path)}</span>
                <span class="problem-message">{describeProblem(problem.message)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
