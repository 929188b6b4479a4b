// A page that puts its watermark back after cleaning: re-cleaned, debounced, and given up on
// when the page keeps fighting.
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/dom/index';
import { watchReinsertions } from '../../src/content/reinsertion-watch';
import { harness } from './app-harness';
import { FakeClock, settle } from './fake-clock';
import { openPage, readableText } from './page-window';
import { blockedSpeechPage, WATERMARK } from './snippets';

function cleanedPage(maxRunsPerMinute = 3) {
  const { window, document } = openPage(blockedSpeechPage());
  const clock = new FakeClock();
  let analyses = 0;
  const { app } = harness(window, {
    watchOptions: { scheduler: clock, debounceMs: 400, maxRunsPerMinute },
    analyzeDocument: (doc, options) => {
      analyses++;
      return analyzeDocument(doc, options);
    },
  });
  const container = document.querySelector('#content')!;
  const reinsert = (): Element => {
    const p = document.createElement('p');
    p.textContent = WATERMARK;
    container.append(p);
    return p;
  };
  return { window, document, app, clock, container, reinsert, analyses: () => analyses };
}

describe('re-inserted noise', () => {
  it('is cleaned again after the debounce', async () => {
    const page = cleanedPage();
    await page.app.clean();
    expect(readableText(page.container)).not.toContain(WATERMARK);

    page.reinsert();
    await settle();
    expect(readableText(page.container)).toContain(WATERMARK);
    page.clock.advance(399);
    await settle();
    expect(readableText(page.container)).toContain(WATERMARK);
    page.clock.advance(1);
    await settle();
    expect(readableText(page.container)).not.toContain(WATERMARK);
  });

  it('is undone with the rest: undo restores the page as it was before the first clean', async () => {
    const page = cleanedPage();
    const original = page.document.body.innerHTML;
    await page.app.clean();
    const reinserted = page.reinsert();
    await settle();
    page.clock.advance(400);
    await settle();
    expect(reinserted.isConnected).toBe(false);
    await page.app.undo();
    // the re-inserted copy comes back too (undo reverts every removal); taking the page's own
    // addition out again must leave exactly the original
    expect(reinserted.isConnected).toBe(true);
    reinserted.remove();
    expect(page.document.body.innerHTML).toBe(original);
  });

  it('does not wake up for Qinggao\'s own changes', async () => {
    const page = cleanedPage();
    await page.app.clean();
    const after = page.analyses();
    await settle();
    page.clock.advance(60_000);
    await settle();
    expect(page.analyses()).toBe(after);
    expect(page.clock.pending).toBe(0);
  });

  it('gives up for good after its bound of re-cleans per minute', async () => {
    const page = cleanedPage(3);
    await page.app.clean();
    for (let round = 1; round <= 3; round++) {
      page.reinsert();
      await settle();
      page.clock.advance(1000);
      await settle();
      expect(readableText(page.container)).not.toContain(WATERMARK);
    }
    page.reinsert();
    await settle();
    page.clock.advance(1000);
    await settle();
    expect(readableText(page.container)).toContain(WATERMARK);

    page.clock.advance(120_000);
    page.reinsert();
    await settle();
    page.clock.advance(1000);
    await settle();
    expect(readableText(page.container).split(WATERMARK).length - 1).toBe(2);
  });
});

describe('watchReinsertions', () => {
  it('reports the nodes the page added or rewrote, once per burst', async () => {
    const { window, document } = openPage('<div id="a"><p>一</p><p>二</p></div>');
    const clock = new FakeClock();
    const reports: string[][] = [];
    const target = document.querySelector('#a')!;
    watchReinsertions(window, target, (nodes) => reports.push(nodes.map((n) => n.textContent ?? '')), { scheduler: clock, debounceMs: 100 });

    const p = document.createElement('p');
    p.textContent = '三';
    target.append(p);
    (target.firstElementChild!.firstChild as Text).data = '一改';
    await settle();
    clock.advance(50);
    target.append(document.createElement('hr'));
    await settle();
    clock.advance(100);
    expect(reports).toEqual([['三', '一改', '']]);
  });

  it('does not count changes made inside withoutObserving', async () => {
    const { window, document } = openPage('<div id="a"><p>一</p></div>');
    const clock = new FakeClock();
    let reports = 0;
    const target = document.querySelector('#a')!;
    const watch = watchReinsertions(window, target, () => reports++, { scheduler: clock, debounceMs: 100 });
    watch.withoutObserving(() => target.append(document.createElement('p')));
    await settle();
    clock.advance(1000);
    expect(reports).toBe(0);
    target.append(document.createElement('p'));
    await settle();
    clock.advance(1000);
    expect(reports).toBe(1);
  });

  it('slides its one-minute window: old runs stop counting', async () => {
    const { window, document } = openPage('<div id="a"></div>');
    const clock = new FakeClock();
    const target = document.querySelector('#a')!;
    const watch = watchReinsertions(window, target, () => undefined, { scheduler: clock, debounceMs: 10, maxRunsPerMinute: 2 });
    for (let i = 0; i < 4; i++) {
      target.append(document.createElement('p'));
      await settle();
      clock.advance(40_000);
    }
    expect(watch.runs).toBe(4);
    expect(watch.stopped).toBe(false);
  });
});
