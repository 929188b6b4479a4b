// Writes the clipboard from inside the page, for copies started by a menu item or a keyboard
// shortcut (the popup copies by itself). First choice: execCommand('copy') answered by our own
// copy handler, which fills text/plain and text/html and stops the event so no page handler
// can append its copy tail; it works on http: pages too, where navigator.clipboard does not
// exist. The `clipboardWrite` permission is what allows it without a click in the page.

export interface ClipboardPayload {
  text: string;
  /** rich flavour for Word/WPS (list levels); plain text only when absent */
  html?: string;
}

export interface PageClipboard {
  write(payload: ClipboardPayload): Promise<boolean>;
  /** true for the copy event our own write dispatches (the unlock handler lets it pass) */
  isOwnEvent(event: Event): boolean;
}

export function createPageClipboard(doc: Document, win: Window & typeof globalThis): PageClipboard {
  let pending: ClipboardPayload | null = null;

  const writeByCopyEvent = (payload: ClipboardPayload): boolean => {
    let written = false;
    const onCopy = (event: ClipboardEvent): void => {
      if (!event.clipboardData) return;
      event.clipboardData.setData('text/plain', payload.text);
      if (payload.html) event.clipboardData.setData('text/html', payload.html);
      event.preventDefault();
      event.stopImmediatePropagation();
      written = true;
    };
    pending = payload;
    win.addEventListener('copy', onCopy, true);
    try {
      return doc.execCommand('copy') && written;
    } catch {
      return false;
    } finally {
      win.removeEventListener('copy', onCopy, true);
      pending = null;
    }
  };

  const writeByClipboardApi = async (payload: ClipboardPayload): Promise<boolean> => {
    const clipboard = win.navigator.clipboard as Clipboard | undefined;
    if (!clipboard) return false;
    try {
      if (payload.html && typeof win.ClipboardItem === 'function' && clipboard.write) {
        await clipboard.write([
          new win.ClipboardItem({
            'text/plain': new win.Blob([payload.text], { type: 'text/plain' }),
            'text/html': new win.Blob([payload.html], { type: 'text/html' }),
          }),
        ]);
      } else {
        await clipboard.writeText(payload.text);
      }
      return true;
    } catch {
      return false;
    }
  };

  return {
    async write(payload) {
      return writeByCopyEvent(payload) || (await writeByClipboardApi(payload));
    },
    isOwnEvent(event) {
      return pending !== null && event.type === 'copy';
    },
  };
}
