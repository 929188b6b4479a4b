// The onmousedown checks of copy unlocking read code the page wrote, so the worst a page can
// write (100 KB of spaces around "return false") must be read in one pass, and read right.
import { describe, expect, it } from 'vitest';
import { DomJournal } from '../../src/content/dom-journal';
import { attributeOnlyReturnsFalse, functionOnlyReturnsFalse } from '../../src/content/refusing-handler';
import { unlockCopy } from '../../src/content/unlock-copy';
import { openPage } from './page-window';
import { blockedSpeechPage } from './snippets';

const SPACES = ' \t\n'.repeat(34_000); // ~100 KB

describe('an onmousedown attribute that only refuses the click', () => {
  it.each([
    ['return false', 'return false'],
    ['with a semicolon', 'return false;'],
    ['javascript: and spaces', ' javascript:return false ; '],
    ['line breaks and tabs', 'JavaScript: return\n\tfalse'],
    ['100 KB of spaces between the words', `return${SPACES}false${SPACES};${SPACES}`],
  ])('%s: only refuses', (_, code) => expect(attributeOnlyReturnsFalse(code)).toBe(true));

  it.each([
    ['tracks the click first', 'trackClick(this); return false'],
    ['tracks the click after', 'return false; trackClick(this)'],
    ['another word', 'return falsey'],
    ['100 KB of spaces, then code', `return false${SPACES}x`],
    ['100 KB of spaces between two semicolons', `return false;${SPACES};`],
    ['return and 100 KB of spaces', `${SPACES}return${SPACES}`],
  ])('%s: does more, kept', (_, code) => expect(attributeOnlyReturnsFalse(code)).toBe(false));
});

describe('an onmousedown function that only refuses the click', () => {
  it.each([
    ['anonymous', 'function () { return false; }'],
    ['named, over lines', 'function onmousedown(event) {\n  return false\n}'],
    ['30,000 parameters and 100 KB of spaces', `function f(${'a,'.repeat(30_000)}b)${SPACES}{${SPACES}return false;${SPACES}}`],
  ])('%s: only refuses', (_, source) => expect(functionOnlyReturnsFalse(source)).toBe(true));

  it.each([
    ['tracks the click', 'function () { track(); return false; }'],
    ['an arrow function', '() => false'],
    ['50,000 open brackets, never closed', `function f(${'('.repeat(50_000)}{ return false; }`],
    ['100 KB of spaces, then code', `function f() {${SPACES}return false;${SPACES}${SPACES}x}`],
    ['cut off after the bracket', `function f(${SPACES}`],
  ])('%s: does more or is cut off, kept', (_, source) => expect(functionOnlyReturnsFalse(source)).toBe(false));
});

describe('unlocking copy with 100 KB onmousedown code on the article', () => {
  it('a padded "return false" goes, padded code that does more stays', () => {
    const { window, document } = openPage(blockedSpeechPage());
    const container = document.querySelector('#content')!;
    const paragraphs = container.querySelectorAll('p');
    const refusing = `return${SPACES}false;${SPACES}`;
    const tracking = `return false${SPACES}; track(this)`;
    container.setAttribute('onmousedown', refusing);
    paragraphs[0]!.setAttribute('onmousedown', tracking);
    const journal = new DomJournal();
    unlockCopy(document, window, container, journal);
    expect(container.getAttribute('onmousedown')).toBeNull();
    expect(paragraphs[0]!.getAttribute('onmousedown')).toBe(tracking);
    journal.undo();
    expect(container.getAttribute('onmousedown')).toBe(refusing);
  });
});
