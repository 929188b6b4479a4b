// Unlocking copy on a cleaned page: the page's copy blockers stop working inside the article,
// and nothing else about the page's keyboard or events changes.
import { describe, expect, it } from 'vitest';
import { copyGuardsOf } from '../../src/content/copy-guards';
import { DomJournal } from '../../src/content/dom-journal';
import { unlockCopy, UNLOCKED_ATTRIBUTE } from '../../src/content/unlock-copy';
import { harness } from './app-harness';
import { openPage, type PageWindow } from './page-window';
import { blockedSpeechPage } from './snippets';

function keydown(window: PageWindow, target: EventTarget, init: KeyboardEventInit): KeyboardEvent {
  const event = new window.KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

function copyFrom(window: PageWindow, node: Node): Event {
  const range = window.document.createRange();
  range.selectNodeContents(node);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  const event = new window.Event('copy', { bubbles: true, cancelable: true });
  node.dispatchEvent(event);
  return event;
}

/** The page's own script, as template sites write it. */
function installPageBlockers(window: PageWindow): { keysSeen: string[] } {
  const keysSeen: string[] = [];
  const doc = window.document;
  doc.addEventListener('copy', (event) => event.preventDefault());
  doc.addEventListener('selectstart', (event) => event.preventDefault());
  doc.addEventListener('contextmenu', (event) => event.preventDefault());
  doc.addEventListener('keydown', (event) => {
    keysSeen.push(`${event.ctrlKey ? 'Ctrl+' : ''}${event.key}`);
    if (event.ctrlKey) event.preventDefault();
  });
  return { keysSeen };
}

describe('unlocking copy', () => {
  it('lets a copy, a selection and the context menu inside the article through the page blockers', async () => {
    const { window, document } = openPage(blockedSpeechPage());
    installPageBlockers(window);
    const paragraph = document.querySelector('#content p')!;
    expect(copyFrom(window, paragraph).defaultPrevented).toBe(true);

    await harness(window).app.clean();

    expect(copyFrom(window, paragraph).defaultPrevented).toBe(false);
    for (const type of ['selectstart', 'contextmenu']) {
      const event = new window.Event(type, { bubbles: true, cancelable: true });
      paragraph.dispatchEvent(event);
      expect(event.defaultPrevented).toBe(false);
    }
  });

  it('leaves the page handlers alone outside the article', async () => {
    const { window, document } = openPage(blockedSpeechPage());
    installPageBlockers(window);
    await harness(window).app.clean();
    const header = document.querySelector('.header')!;
    const event = new window.Event('contextmenu', { bubbles: true, cancelable: true });
    header.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('lets Ctrl+C and Ctrl+A through but never takes Ctrl+F, Ctrl+V or plain keys from the page', async () => {
    const { window, document } = openPage(blockedSpeechPage());
    const { keysSeen } = installPageBlockers(window);
    await harness(window).app.clean();

    expect(keydown(window, document.body, { key: 'c', ctrlKey: true }).defaultPrevented).toBe(false);
    expect(keydown(window, document.body, { key: 'a', metaKey: true }).defaultPrevented).toBe(false);
    expect(keydown(window, document.body, { key: 'f', ctrlKey: true }).defaultPrevented).toBe(true);
    expect(keydown(window, document.body, { key: 'v', ctrlKey: true }).defaultPrevented).toBe(true);
    keydown(window, document.body, { key: 'j' });
    keydown(window, document.body, { key: 'C', ctrlKey: true, shiftKey: true });
    expect(keysSeen).toEqual(['Ctrl+f', 'Ctrl+v', 'j', 'Ctrl+C']);
  });

  it('leaves Ctrl+C in the page\'s own text fields to the page', async () => {
    const { window, document } = openPage(blockedSpeechPage());
    const { keysSeen } = installPageBlockers(window);
    await harness(window).app.clean();
    keydown(window, document.querySelector('#search')!, { key: 'c', ctrlKey: true });
    expect(keysSeen).toEqual(['Ctrl+c']);
  });

  it('removes blocking on* attributes and scopes a user-select rule to the article; undo puts all back', () => {
    const { window, document } = openPage(blockedSpeechPage());
    const container = document.querySelector('#content')!;
    const journal = new DomJournal();
    const bodyAttributes = document.body.getAttributeNames().map((n) => [n, document.body.getAttribute(n)]);
    const containerHtml = container.outerHTML;

    unlockCopy(document, window, container, journal);

    expect(document.body.getAttribute('oncopy')).toBeNull();
    expect(document.body.getAttribute('onselectstart')).toBeNull();
    expect(document.body.getAttribute('oncontextmenu')).toBeNull();
    expect(container.getAttribute('ondragstart')).toBeNull();
    expect(container.getAttribute('onmousedown')).toBeNull();
    expect(container.hasAttribute(UNLOCKED_ATTRIBUTE)).toBe(true);
    const style = document.head.querySelector('style[data-qinggao="unlock"]')!;
    expect(style.textContent).toContain(`[${UNLOCKED_ATTRIBUTE}] *`);
    expect(style.textContent).toContain('user-select: text !important');

    journal.undo();
    expect(document.body.getAttributeNames().map((n) => [n, document.body.getAttribute(n)])).toEqual(bodyAttributes);
    expect(container.outerHTML).toBe(containerHtml);
    expect(document.head.querySelector('style[data-qinggao]')).toBeNull();
  });

  it('keeps an onmousedown that does more than refuse the click', () => {
    const { window, document } = openPage(blockedSpeechPage());
    const container = document.querySelector('#content')!;
    container.setAttribute('onmousedown', 'trackClick(this); return false');
    unlockCopy(document, window, container, new DomJournal());
    expect(container.getAttribute('onmousedown')).toBe('trackClick(this); return false');
  });

  it('clears copy blockers set as properties by script, and undo restores them', () => {
    const { window, document } = openPage(blockedSpeechPage({ bodyAttributes: '' }));
    const blocker = (): boolean => false;
    const doc = document as unknown as Record<string, unknown>;
    doc.oncopy = blocker;
    const journal = new DomJournal();
    unlockCopy(document, window, document.querySelector('#content')!, journal);
    expect(doc.oncopy).toBeNull();
    journal.undo();
    expect(doc.oncopy).toBe(blocker);
  });

  it('stops blocking again after undo', async () => {
    const { window, document } = openPage(blockedSpeechPage());
    installPageBlockers(window);
    const { app } = harness(window);
    await app.clean();
    await app.undo();
    expect(copyFrom(window, document.querySelector('#content p')!).defaultPrevented).toBe(true);
  });

  // issue 12 item 10: a page that adds window capture listeners before the content script
  describe('against window capture listeners the page added first', () => {
    /** The page's head script: a copy tail on every copy, Ctrl+C eaten, both at window capture. */
    function installWindowBlockers(window: PageWindow): { tails: number; keysEaten: number } {
      const seen = { tails: 0, keysEaten: 0 };
      window.addEventListener('copy', (event) => {
        seen.tails++;
        event.preventDefault(); // stands for clipboardData.setData(selection + '来源：公文汇…')
      }, true);
      window.addEventListener('keydown', (event) => {
        if (event.ctrlKey && event.key === 'c') {
          seen.keysEaten++;
          event.preventDefault();
        }
      }, true);
      return seen;
    }

    it('loses to them without the guards installed at document start…', async () => {
      const { window, document } = openPage(blockedSpeechPage());
      const seen = installWindowBlockers(window);
      await harness(window).app.clean();
      copyFrom(window, document.querySelector('#content p')!);
      expect(seen.tails).toBe(1);
    });

    it('…and wins with them: no copy tail, Ctrl+C not eaten, once the page is cleaned', async () => {
      const { window, document } = openPage(blockedSpeechPage());
      copyGuardsOf(window); // document-start.ts, before any page script
      const seen = installWindowBlockers(window);
      const paragraph = document.querySelector('#content p')!;

      // idle until the page is cleaned: the page's handlers run as the page wants
      expect(copyFrom(window, paragraph).defaultPrevented).toBe(true);
      expect(keydown(window, paragraph, { key: 'c', ctrlKey: true }).defaultPrevented).toBe(true);
      expect(seen).toEqual({ tails: 1, keysEaten: 1 });

      const { app } = harness(window);
      await app.clean();
      expect(copyFrom(window, paragraph).defaultPrevented).toBe(false);
      expect(keydown(window, paragraph, { key: 'c', ctrlKey: true }).defaultPrevented).toBe(false);
      expect(seen).toEqual({ tails: 1, keysEaten: 1 });

      // the same guards, not a second set: undo makes them idle again
      expect(copyGuardsOf(window).active).toBe(true);
      await app.undo();
      expect(copyGuardsOf(window).active).toBe(false);
      expect(copyFrom(window, paragraph).defaultPrevented).toBe(true);
      expect(seen.tails).toBe(2);
    });
  });
});
