// The documents opened on the desk, newest last; one is shown. A file that could not be read
// stays in the list with its reason.
import { t } from '../shared/i18n';
import { isReady, type DeskDocument } from './desk-document';

export interface DocumentListProps {
  documents: readonly DeskDocument[];
  selected: number | undefined;
  onSelect(id: number): void;
  onRemove(id: number): void;
}

export function DocumentList({ documents, selected, onSelect, onRemove }: DocumentListProps) {
  if (documents.length === 0) return <p class="empty">{t('deskNoDocuments')}</p>;
  return (
    <ul class="document-list" aria-label={t('deskDocumentsHeading')}>
      {documents.map((document) => (
        <li key={document.id} class={document.id === selected ? 'document-item selected' : 'document-item'} data-state={isReady(document) ? 'ready' : 'failed'}>
          <button type="button" class="document-open" aria-current={document.id === selected ? 'true' : undefined} onClick={() => onSelect(document.id)}>
            <span class="document-name">{document.name}</span>
            <span class="document-title">{isReady(document) ? document.analysis.title || t('popupUntitled') : document.problem}</span>
          </button>
          <button type="button" class="quiet document-remove" title={t('deskRemoveDocument')} aria-label={t('deskRemoveDocumentNamed', document.name)} onClick={() => onRemove(document.id)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
