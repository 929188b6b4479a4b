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

  // issue 12 item 11: undo must not write stale text over what the page changed after us
  it('leaves alone what the page changed after us, and reverts the rest', () => {
    const { document } = openPage('<div id="a"><p id="p" class="c">做好公文汇工作</p><p id="q">二</p><span id="s">三</span></div>');
    const a = document.querySelector('#a')!;
    const p = document.querySelector('#p')!;
    const q = document.querySelector('#q')!;
    const s = document.querySelector('#s')!;
    const text = p.firstChild as Text;
    const holder = document as unknown as Record<string, unknown>;
    const pageHandler = () => false;
    holder.oncopy = () => false;
    const journal = new DomJournal();
    journal.setText(text, '做好工作');
    journal.setAttribute(p, 'class', 'd');
    journal.removeAttribute(p, 'id');
    journal.remove(q);
    journal.remove(s);
    journal.clearHandlerProperty(holder, 'oncopy');
    // the page edits after cleaning: its own text, its own class, its own id, moves a node back
    text.data = '做好当前工作';
    p.setAttribute('class', 'page');
    p.setAttribute('id', 'page-id');
    document.body.append(q);
    holder.oncopy = pageHandler;
    journal.undo();
    expect(text.data).toBe('做好当前工作');
    expect(p.getAttribute('class')).toBe('page');
    expect(p.getAttribute('id')).toBe('page-id');
    expect(q.parentNode).toBe(document.body);
    expect(holder.oncopy).toBe(pageHandler);
    // what the page did not touch is reverted as before
    expect(s.parentNode).toBe(a);
  });

  it('reverts a node cut twice step by step, and stops where the page wrote in between', () => {
    const { document } = openPage('<p id="p">甲公文汇乙公文汇丙</p>');
    const text = document.querySelector('#p')!.firstChild as Text;
    const journal = new DomJournal();
    journal.setText(text, '甲乙公文汇丙');
    journal.setText(text, '甲乙丙');
    journal.undo();
    expect(text.data).toBe('甲公文汇乙公文汇丙');

    journal.setText(text, '甲乙公文汇丙');
    text.data = '甲乙公文汇丙丁'; // the page appends to the node we cut
    journal.setText(text, '甲乙丙丁'); // re-cleaned
    journal.undo();
    // the newest step is ours and is reverted; the older one no longer matches the page's text
    expect(text.data).toBe('甲乙公文汇丙丁');
  });
});
