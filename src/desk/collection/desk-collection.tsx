// The 提纲汇编's two parts on the 清稿台, bound to the extension's storage: the panel (the page's
// second tab) and 加入汇编 on each document. The entry (src/desk/main.tsx) binds browser.storage
// once; components rendered without it (tests of the rest of the desk) show nothing.
import type { CollectionPanelProps, DocumentCollectionActionProps } from './slot';
import { addToCollection } from '../../collection/add-to-collection';
import { CollectButton } from '../../collection/CollectButton';
import { createCollectionStore, type CollectionStorage, type CollectionStore } from '../../collection/collection-store';
import { saveFile } from '../../popup/save-file';
import { CollectionPanelView } from './CollectionPanel';

let bound: { storage: CollectionStorage; store: CollectionStore } | undefined;

export function bindCollectionStorage(storage: CollectionStorage): void {
  bound = { storage, store: createCollectionStore(storage) };
}

export function DeskCollectionPanel({ onReport }: CollectionPanelProps) {
  if (!bound) return null;
  return <CollectionPanelView store={bound.store} onReport={onReport} save={(bytes, fileName, mimeType) => saveFile(bytes, fileName, mimeType)} />;
}

export function DeskCollectButton({ document, onReport }: DocumentCollectionActionProps) {
  const storage = bound?.storage;
  if (!storage) return null;
  // a file is known by its name; a paste has no source to name
  const site = document.source === 'file' ? document.name : '';
  return (
    <div class="collect-row">
      <CollectButton
        key={document.id}
        collect={() => addToCollection(storage, document.analysis, { url: '', site })}
        onReport={onReport}
        disabled={document.analysis.paragraphs.length === 0}
      />
    </div>
  );
}
