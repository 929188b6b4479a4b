// The 提纲汇编 in the 清稿台 (issue 10 §3): every collected speech with its source and outline;
// reorder, remove, search in titles and outlines, and export all as one .docx, Markdown or
// plain text. It follows storage: a speech added from the popup meanwhile appears at once.
import { useEffect, useState } from 'preact/hooks';
import type { CollectionStore } from '../../collection/collection-store';
import {
  collectionBytes,
  MAX_COLLECTION_BYTES,
  renderCollectionMarkdown,
  renderCollectionText,
  searchCollection,
  type CollectedSpeech,
} from '../../core/collection';
import { t } from '../../shared/i18n';
import { CollectedSpeechCard } from './CollectedSpeechCard';
import { collectionFileName, type CollectionExportKind } from './collection-file-name';
import './collection-panel.css';

export interface CollectionPanelViewProps {
  store: CollectionStore;
  onReport(message: string): void;
  /** offers bytes as a download (src/popup/save-file.ts in the page) */
  save(bytes: Uint8Array, fileName: string, mimeType: string): void;
  now?: () => Date;
}

const MB = 1024 * 1024;
/** "35 KB", "1.2 MB": a few speeches take a few dozen KB */
const storageSize = (bytes: number) => (bytes < MB ? `${Math.max(1, Math.ceil(bytes / 1024))} KB` : `${(bytes / MB).toFixed(1)} MB`);
const TEXT_TYPES: Record<Exclude<CollectionExportKind, 'docx'>, string> = {
  markdown: 'text/markdown;charset=utf-8',
  text: 'text/plain;charset=utf-8',
};

export function CollectionPanelView({ store, onReport, save, now = () => new Date() }: CollectionPanelViewProps) {
  const [items, setItems] = useState<CollectedSpeech[] | undefined>(undefined);
  const [query, setQuery] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void store.load().then(setItems);
    return store.onChange(setItems);
  }, [store]);

  if (!items) return <p role="status">{t('collectionLoading')}</p>;

  const run = (work: () => Promise<unknown>) => {
    setBusy(true);
    work()
      .catch((error: unknown) => onReport(t('collectionNotSaved', String(error))))
      .finally(() => setBusy(false));
  };
  const edit = (change: () => Promise<CollectedSpeech[]>) => run(() => change().then(setItems));

  const exportAs = (kind: CollectionExportKind) =>
    run(async () => {
      const fileName = collectionFileName(kind, now());
      if (kind === 'docx') {
        const docx = await import('../../export/docx/index');
        save(await docx.collectionDocx(items), fileName, docx.DOCX_MIME_TYPE);
      } else {
        const text = kind === 'markdown' ? renderCollectionMarkdown(items) : renderCollectionText(items);
        save(new TextEncoder().encode(text), fileName, TEXT_TYPES[kind]);
      }
      onReport(t('collectionExported', items.length, fileName));
    });

  const hits = searchCollection(items, query);
  const searching = query.trim() !== '';
  const used = storageSize(collectionBytes(items));

  return (
    <section class="collection-panel" aria-labelledby="collection-heading">
      <div class="collection-head">
        <h2 id="collection-heading">
          {t('collectionName')}
          <span class="count">{t('collectionSize', items.length, used, storageSize(MAX_COLLECTION_BYTES))}</span>
        </h2>
        <div class="collection-exports">
          <button type="button" disabled={busy || items.length === 0} onClick={() => exportAs('docx')}>
            {t('collectionExportWord')}
          </button>
          <button type="button" disabled={busy || items.length === 0} onClick={() => exportAs('markdown')}>
            {t('collectionExportMarkdown')}
          </button>
          <button type="button" disabled={busy || items.length === 0} onClick={() => exportAs('text')}>
            {t('collectionExportText')}
          </button>
        </div>
      </div>
      {items.length === 0 ? (
        <p class="empty">{t('collectionEmpty')}</p>
      ) : (
        <>
          <input
            type="search"
            class="collection-search"
            placeholder={t('collectionSearchPlaceholder')}
            aria-label={t('collectionSearchPlaceholder')}
            value={query}
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
          {searching && hits.length === 0 && <p class="empty">{t('collectionNoMatch', query.trim())}</p>}
          <ol class="collection-list">
            {hits.map((hit) => {
              const index = items.indexOf(hit.item);
              return (
                <CollectedSpeechCard
                  key={hit.item.id}
                  speech={hit.item}
                  hit={searching ? hit : undefined}
                  busy={busy}
                  // order is changed on the whole list only: a filtered list has no clear "up"
                  onMoveUp={!searching && index > 0 ? () => edit(() => store.move(hit.item.id, index - 1)) : undefined}
                  onMoveDown={!searching && index < items.length - 1 ? () => edit(() => store.move(hit.item.id, index + 1)) : undefined}
                  onRemove={() =>
                    edit(async () => {
                      const next = await store.remove(hit.item.id);
                      onReport(t('collectionRemoved', hit.item.title || t('popupUntitled')));
                      return next;
                    })
                  }
                />
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
