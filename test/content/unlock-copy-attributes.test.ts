// @vitest-environment jsdom
// Copy blockers written as on* attributes, run as a browser runs them: happy-dom does not
// compile such attributes, jsdom (which vitest starts with scripts on) does.
import { beforeEach, describe, expect, it } from 'vitest';
import { DomJournal } from '../../src/content/dom-journal';
import { unlockCopy } from '../../src/content/unlock-copy';
import { blockedSpeechPage } from './snippets';

function select(node: Node): void {
  const range = document.createRange();
  range.selectNodeContents(node);
  window.getSelection()!.removeAllRanges();
  window.getSelection()!.addRange(range);
}

/** true when the event got through (no handler cancelled it) */
function passes(type: 'copy' | 'contextmenu', node: Node): boolean {
  if (type === 'copy') select(node);
  const event = new Event(type, { bubbles: true, cancelable: true });
  node.dispatchEvent(event);
  return !event.defaultPrevented;
}

beforeEach(() => {
  const html = blockedSpeechPage({ bodyAttributes: 'oncopy="return false" oncontextmenu="return false"' });
  document.documentElement.innerHTML = /<html>([\s\S]*)<\/html>/.exec(html)![1]!;
  for (const name of ['oncopy', 'oncontextmenu']) document.body.setAttribute(name, 'return false');
});

describe('unlocking copy against real on* attribute handlers', () => {
  it('<body oncopy="return false" oncontextmenu="return false"> stops blocking in the article, and blocks again after undo', () => {
    const paragraph = document.querySelector('#content p')!;
    expect([passes('copy', paragraph), passes('contextmenu', paragraph)]).toEqual([false, false]);

    const journal = new DomJournal();
    unlockCopy(document, window, document.querySelector('#content')!, journal);
    expect([passes('copy', paragraph), passes('contextmenu', paragraph)]).toEqual([true, true]);
    expect(document.body.getAttribute('oncopy')).toBeNull();

    journal.undo();
    expect([passes('copy', paragraph), passes('contextmenu', paragraph)]).toEqual([false, false]);
    expect(document.body.getAttribute('oncopy')).toBe('return false');
  });

  it('keeps them stopped when the page puts the attribute back after unlocking', () => {
    const paragraph = document.querySelector('#content p')!;
    const journal = new DomJournal();
    unlockCopy(document, window, document.querySelector('#content')!, journal);
    document.body.setAttribute('oncopy', 'return false');
    expect(passes('copy', paragraph)).toBe(true);
    journal.undo();
  });

  it('blocks as before outside the article', () => {
    unlockCopy(document, window, document.querySelector('#content')!, new DomJournal());
    document.body.setAttribute('oncontextmenu', 'return false');
    expect(passes('contextmenu', document.querySelector('.header')!)).toBe(false);
  });
});
