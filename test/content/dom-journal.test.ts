// The undo journal: each change has its exact inverse, undone newest first.
import { describe, expect, it } from 'vitest';
import { DomJournal } from '../../src/content/dom-journal';
import { openPage } from './page-window';

describe('DomJournal', () => {
  it('puts removed nodes back in place, in reverse order, as the same objects', () => {
    const { document } = openPage('<div id="a"><p>一</p><p>二</p><p>三</p></div>');
    const a = document.querySelector('#a')!;
    const [one, two, three] = [...a.children];
    const before = a.innerHTML;
    const journal = new DomJournal();
    journal.remove(two!);
    journal.remove(one!);
    journal.remove(three!);
    expect(a.innerHTML).toBe('');
    journal.undo();
    expect(a.innerHTML).toBe(before);
    expect([...a.children]).toEqual([one, two, three]);
    expect(journal.size).toBe(0);
  });

  it('restores edited text and attributes, keeping attribute order', () => {
    const { document } = openPage('<p id="p" oncopy="return false" class="c" style="color:red">做好公文汇工作</p>');
    const p = document.querySelector('#p')!;
    const before = p.outerHTML;
    const journal = new DomJournal();
    journal.setText(p.firstChild as Text, '做好工作');
    journal.removeAttribute(p, 'oncopy');
    journal.setAttribute(p, 'data-x', '1');
    journal.setAttribute(p, 'class', 'd');
    expect(p.outerHTML).toBe('<p id="p" class="d" style="color:red" data-x="1">做好工作</p>');
    journal.undo();
    expect(p.outerHTML).toBe(before);
  });

  it('takes out what it inserted and runs teardowns in order', () => {
    const { document } = openPage('<div id="a"></div>');
    const order: string[] = [];
    const journal = new DomJournal();
    journal.onUndo(() => order.push('first'));
    journal.insert(document.createElement('style'), document.head);
    journal.onUndo(() => order.push('last'));
    journal.undo();
    expect(order).toEqual(['last', 'first']);
    expect(document.head.querySelector('style')).toBeNull();
  });

  it('records nothing for a change that changes nothing', () => {
    const { document } = openPage('<p id="p" class="c">字</p>');
    const p = document.querySelector('#p')!;
    const journal = new DomJournal();
    journal.setText(p.firstChild as Text, '字');
    journal.setAttribute(p, 'class', 'c');
    journal.removeAttribute(p, 'missing');
    journal.clearHandlerProperty(p as unknown as Record<string, unknown>, 'oncopy');
    expect(journal.size).toBe(0);
  });
});
