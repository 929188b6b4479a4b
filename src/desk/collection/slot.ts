// The mount point for the 提纲汇编 (outline collection, issue 10 §3), which lives in this folder
// and is built separately from the rest of the 清稿台. The desk renders:
// - `CollectionPanel`, when defined, as the page's second tab (提纲汇编), beside the documents;
// - `DocumentCollectionAction`, when defined, in each readable document's view (加入汇编).
// They are bound to the extension's storage by the entry (bindCollectionStorage in main.tsx).
import type { ComponentType } from 'preact';
import type { ClipboardLike } from '../../popup/clipboard';
import type { DeskReadyDocument } from '../desk-document';
import { DeskCollectButton, DeskCollectionPanel } from './desk-collection';

export interface CollectionPanelProps {
  clipboard: ClipboardLike;
  /** shows a message in the page's status line ("已导出 …") */
  onReport(message: string): void;
}

export interface DocumentCollectionActionProps {
  /** the document the user is looking at (title, analysis; no URL: it came from a paste or a file) */
  document: DeskReadyDocument;
  onReport(message: string): void;
}

export const CollectionPanel: ComponentType<CollectionPanelProps> | undefined = DeskCollectionPanel;
export const DocumentCollectionAction: ComponentType<DocumentCollectionActionProps> | undefined = DeskCollectButton;
