// Copying from inside the page: our copy handler fills both flavours and no page handler gets
// to append its copy tail; without execCommand the Clipboard API is the fallback.
import { describe, expect, it } from 'vitest';
import { createPageClipboard } from '../../src/content/page-clipboard';
import { DomJournal } from '../../src/content/dom-journal';
import { unlockCopy } from '../../src/content/unlock-copy';
import { openPage, type PageWindow } from './page-window';
import { blockedSpeechPage } from './snippets';

const COPY_TAIL = '\n著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。';

/** execCommand('copy') as browsers run it: a copy event with an empty DataTransfer at the focus. */
function emulateExecCommand(window: PageWindow): { clipboard: DataTransfer | null } {
  const result: { clipboard: DataTransfer | null } = { clipboard: null };
  (window.document as unknown as { execCommand: (command: string) => boolean }).execCommand = (command) => {
    if (command !== 'copy') return false;
    const data = new window.DataTransfer();
    const event = new window.ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true });
    window.document.body.dispatchEvent(event);
    result.clipboard = event.defaultPrevented ? data : null;
    return true;
  };
  return result;
}

/** The 360doc kind of copy handler: rewrites the clipboard with a tail. */
function installCopyTail(window: PageWindow): void {
  window.document.addEventListener('copy', (event) => {
    event.clipboardData?.setData('text/plain', String(window.getSelection()) + COPY_TAIL);
    event.preventDefault();
  });
}

describe('page clipboard', () => {
  it('writes plain text and HTML through its own copy handler; the page\'s tail handler never runs', async () => {
    const { window, document } = openPage(blockedSpeechPage());
    installCopyTail(window);
    const system = emulateExecCommand(window);
    const clipboard = createPageClipboard(document, window);
    expect(await clipboard.write({ text: '一、提高政治站位', html: '<ol><li>提高政治站位</li></ol>' })).toBe(true);
    expect(system.clipboard?.getData('text/plain')).toBe('一、提高政治站位');
    expect(system.clipboard?.getData('text/html')).toBe('<ol><li>提高政治站位</li></ol>');
  });

  it('is not stopped by the unlock handler, which stops every other copy in the article', async () => {
    const { window, document } = openPage(blockedSpeechPage());
    installCopyTail(window);
    const system = emulateExecCommand(window);
    const clipboard = createPageClipboard(document, window);
    const container = document.querySelector('#content')!;
    unlockCopy(document, window, container, new DomJournal(), { isOwnEvent: clipboard.isOwnEvent });
    window.getSelection()!.selectAllChildren(container);
    expect(await clipboard.write({ text: '提纲' })).toBe(true);
    expect(system.clipboard?.getData('text/plain')).toBe('提纲');
  });

  it('falls back to the Clipboard API when execCommand is unavailable', async () => {
    const { window, document } = openPage(blockedSpeechPage());
    const written: string[] = [];
    Object.defineProperty(window.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void written.push(text) },
    });
    const clipboard = createPageClipboard(document, window);
    expect(await clipboard.write({ text: '全文' })).toBe(true);
    expect(written).toEqual(['全文']);
  });

  it('reports failure when every way is refused', async () => {
    const { window, document } = openPage(blockedSpeechPage());
    Object.defineProperty(window.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async () => Promise.reject(new Error('NotAllowedError')) },
    });
    expect(await createPageClipboard(document, window).write({ text: '全文' })).toBe(false);
  });
});
