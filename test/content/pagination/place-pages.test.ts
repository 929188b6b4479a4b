// Where merged pages go in the article's box when its title and a wrapper share the box with the
// text: the full text replaces the shown page's text but not the title; pages before the shown
// one go right after the title. Undo puts the very same nodes back.
import { describe, expect, it } from 'vitest';
import { DomJournal } from '../../../src/content/dom-journal';
import { appendArticlePages, replaceArticleBody } from '../../../src/content/pagination/merge-pages';
import { openPage } from '../page-window';

const TITLE = '在全县秋冬季森林防火工作会议上的讲话';

function articleBox() {
  const { document } = openPage(`<!DOCTYPE html><html><body>
<div class="box">
  <h1 class="title">${TITLE}</h1>
  <div class="wrap">
    <p>同志们：今天召开全县秋冬季森林防火工作会议。</p>
    <p>一、充分认识森林防火工作的严峻形势</p>
    <div class="pages"><a href="9.html">1</a> <a href="9_2.html">2</a> <a href="9_3.html">3</a> <a href="9_all.html">全文阅读</a></div>
  </div>
  <p class="editor">（责任编辑：王）</p>
</div>
</body></html>`);
  const box = document.querySelector('.box')!;
  const pagerLinks = [...document.querySelectorAll('.pages a')];
  const fragment = (lines: string[]) => {
    const f = document.createDocumentFragment();
    for (const line of lines) f.append(Object.assign(document.createElement('p'), { textContent: line }));
    return f;
  };
  return { document, box, pagerLinks, fragment };
}

describe('placing merged pages in the article box', () => {
  it('the full text takes the place of the text before the pager; the title and what follows the pager stay', () => {
    const { document, box, pagerLinks, fragment } = articleBox();
    const before = document.body.innerHTML;
    const title = box.querySelector('h1')!;
    const journal = new DomJournal();
    const whole = ['同志们：今天召开全县秋冬季森林防火工作会议。', '一、充分认识森林防火工作的严峻形势', '二、突出重点抓好火源管控', '三、压实责任'];
    replaceArticleBody(box, pagerLinks, fragment(whole), journal, TITLE);
    expect(box.querySelector('h1')).toBe(title);
    expect([...box.querySelectorAll('p')].map((p) => p.textContent)).toEqual([...whole, '（责任编辑：王）']);
    const placed = box.querySelector('[data-qinggao-page="all"]')!;
    expect(placed.parentElement?.className).toBe('wrap');
    expect(placed.nextElementSibling?.className).toBe('pages');
    journal.undo();
    expect(document.body.innerHTML).toBe(before);
    expect(box.querySelector('h1')).toBe(title);
  });

  it('from page 2: page 1 right after the title, page 3 before the pager', () => {
    const { document, box, pagerLinks, fragment } = articleBox();
    const before = document.body.innerHTML;
    const journal = new DomJournal();
    appendArticlePages(box, pagerLinks, [{ page: 1, body: fragment(['第一页的讲话']) }, { page: 3, body: fragment(['第三页的讲话']) }], journal, { current: 2, title: TITLE });
    expect(box.querySelector('h1')!.nextElementSibling?.getAttribute('data-qinggao-page')).toBe('1');
    expect(box.querySelector('.pages')!.previousElementSibling?.getAttribute('data-qinggao-page')).toBe('3');
    journal.undo();
    expect(document.body.innerHTML).toBe(before);
  });

  it('without the title in the box, page 1 goes first in it', () => {
    const { document, box, pagerLinks, fragment } = articleBox();
    box.querySelector('h1')!.remove();
    const journal = new DomJournal();
    appendArticlePages(box, pagerLinks, [{ page: 1, body: fragment(['第一页的讲话']) }], journal, { current: 2, title: TITLE });
    expect(box.firstElementChild?.getAttribute('data-qinggao-page')).toBe('1');
    expect(document.querySelectorAll('[data-qinggao-page]')).toHaveLength(1);
  });

  it('a 全文阅读 link above the text, with no pager: the whole text of the box is replaced, none of it left twice', () => {
    const { document } = openPage(`<!DOCTYPE html><html><body><div class="box">
  <h1>${TITLE}</h1>
  <div class="tools"><a href="9_all.html">全文阅读</a></div>
  <p>同志们：今天召开全县秋冬季森林防火工作会议。</p>
  <p>一、充分认识森林防火工作的严峻形势</p>
</div></body></html>`);
    const box = document.querySelector('.box')!;
    const before = document.body.innerHTML;
    const journal = new DomJournal();
    const whole = document.createDocumentFragment();
    for (const line of ['同志们：今天召开全县秋冬季森林防火工作会议。', '一、充分认识森林防火工作的严峻形势', '二、压实责任']) whole.append(Object.assign(document.createElement('p'), { textContent: line }));
    replaceArticleBody(box, [], whole, journal, TITLE);
    expect([...box.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['同志们：今天召开全县秋冬季森林防火工作会议。', '一、充分认识森林防火工作的严峻形势', '二、压实责任']);
    expect(box.querySelector('h1')?.textContent).toBe(TITLE);
    journal.undo();
    expect(document.body.innerHTML).toBe(before);
  });
});
