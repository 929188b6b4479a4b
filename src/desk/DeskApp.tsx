// The 清稿台: text and files in, one analysis per document out. Documents come from a paste
// (PasteBox) or from files (dropped anywhere on the page or opened); the list on the side
// switches between them, and the one shown uses the popup's own view of an Analysis.
// The 提纲汇编 tab appears when the collection fills its slot (collection/slot.ts).
import { useRef, useState } from 'preact/hooks';
import type { Analysis, UserRule } from '../core/types';
import { t } from '../shared/i18n';
import { AnalysisView } from '../popup/AnalysisView';
import type { ClipboardLike } from '../popup/clipboard';
import { useOutlinePreferences, type OutlinePreferenceStore } from '../popup/outline-preferences';
import { CollectionPanel, DocumentCollectionAction } from './collection/slot';
import { isReady, type DeskDocument, type DeskSource } from './desk-document';
import { DocumentList } from './DocumentList';
import { FileInput } from './FileInput';
import { PasteBox } from './PasteBox';
import { analyzePaste, MAX_PASTE_CHARACTERS, pasteTooLarge, type PastedData } from './paste-input';

/** What reading one file gave: its analysis, or one localised sentence saying why not. */
export type FileReading = { analysis: Analysis } | { problem: string };

export interface DeskAppProps extends OutlinePreferenceStore {
  clipboard: ClipboardLike;
  /** reads one file the user dropped or opened (src/desk/read-file.ts in the extension) */
  readFile(file: File): Promise<FileReading>;
  /** HTML → Document (DOMParser in the page) */
  parseHtml(html: string): Document;
  /** the user's own noise rules (the options page), applied to pastes as to files and pages */
  userRules?: UserRule[];
  gongwenFormat?: boolean;
}

type Tab = 'documents' | 'collection';

export function DeskApp(props: DeskAppProps) {
  const [documents, setDocuments] = useState<DeskDocument[]>([]);
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const [status, setStatus] = useState('');
  const outlinePreferences = useOutlinePreferences(props);
  const [tab, setTab] = useState<Tab>('documents');
  const nextId = useRef(1);
  const pastes = useRef(0);

  const add = (name: string, source: DeskSource, reading: FileReading): DeskDocument => {
    const document: DeskDocument = { id: nextId.current++, name, source, ...reading };
    setDocuments((list) => [...list, document]);
    return document;
  };

  const onPaste = (data: PastedData) => {
    if (pasteTooLarge(data)) {
      setStatus(t('deskPasteTooLarge', MAX_PASTE_CHARACTERS.toLocaleString()));
      return;
    }
    const analysis = analyzePaste(data, props.parseHtml, props.userRules);
    if (!analysis) {
      setStatus(t('deskPasteEmpty'));
      return;
    }
    pastes.current++;
    const document = add(t('deskPastedName', pastes.current), 'paste', { analysis });
    setSelected(document.id);
    setTab('documents');
    setStatus('');
  };

  const onFiles = async (files: readonly File[]) => {
    setTab('documents');
    let first: DeskDocument | undefined;
    let failed = 0;
    // one at a time, in the order given: each appears as soon as it is read
    for (const file of files) {
      const reading = await props.readFile(file).catch((error: unknown) => ({ problem: t('deskFileFailed', String(error)) }));
      const document = add(file.name, 'file', reading);
      first ??= document;
      if (!isReady(document)) failed++;
    }
    if (first) setSelected(first.id);
    setStatus(failed ? t('deskFilesRead', files.length - failed, failed) : '');
  };

  const onRemove = (id: number) => {
    setDocuments((list) => list.filter((d) => d.id !== id));
    if (selected === id) setSelected(undefined);
  };

  const shown = documents.find((d) => d.id === selected) ?? documents[documents.length - 1];

  // a file dropped anywhere on the page is read (the drop zone only shows where)
  const dropped = (event: DragEvent) => {
    event.preventDefault();
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length) void onFiles(files);
  };

  return (
    <div class="desk" onDragOver={(event) => event.preventDefault()} onDrop={dropped}>
      <header class="desk-header">
        <h1>{t('deskTitle')}</h1>
        <p class="hint">{t('deskIntro')}</p>
        {CollectionPanel && (
          <nav class="desk-tabs" role="tablist">
            <button type="button" role="tab" aria-selected={tab === 'documents'} onClick={() => setTab('documents')}>
              {t('deskDocumentsTab')}
            </button>
            <button type="button" role="tab" aria-selected={tab === 'collection'} onClick={() => setTab('collection')}>
              {t('deskCollectionTab')}
            </button>
          </nav>
        )}
      </header>
      {tab === 'collection' && CollectionPanel ? (
        <CollectionPanel clipboard={props.clipboard} onReport={setStatus} />
      ) : (
        <div class="desk-body">
          <aside class="desk-inputs">
            <PasteBox onPaste={onPaste} />
            <FileInput onFiles={(files) => void onFiles(files)} />
            <h2 class="documents-heading">{t('deskDocumentsHeading')}</h2>
            <DocumentList documents={documents} selected={shown?.id} onSelect={setSelected} onRemove={onRemove} />
          </aside>
          <section class="desk-document" aria-live="polite">
            {shown === undefined && <p class="empty">{t('deskNothingYet')}</p>}
            {shown && !isReady(shown) && (
              <div class="problem file-problem" role="alert" data-file={shown.name}>
                <p class="problem-file">{shown.name}</p>
                <p>{shown.problem}</p>
              </div>
            )}
            {shown && isReady(shown) && (
              <>
                {DocumentCollectionAction && <DocumentCollectionAction document={shown} onReport={setStatus} />}
                <AnalysisView
                  key={shown.id}
                  analysis={shown.analysis}
                  busy={false}
                  status={status}
                  onReport={setStatus}
                  clipboard={props.clipboard}
                  {...outlinePreferences}
                  gongwenFormat={props.gongwenFormat}
                />
              </>
            )}
          </section>
        </div>
      )}
      {(shown === undefined || !isReady(shown) || tab === 'collection') && status && (
        <p class="status-bar shown" role="status" aria-live="polite">
          {status}
        </p>
      )}
    </div>
  );
}
