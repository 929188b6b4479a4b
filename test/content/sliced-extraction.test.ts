// The content script's extraction in slices (issue 12 item 12) reads exactly what the one-task
// extraction reads — same container, same blocks tied to the same text nodes, same set-asides,
// same title — on every saved page, pausing after every step; and a page that changes its DOM
// while the extraction is paused is read as it is after the change.
import { describe, expect, it } from 'vitest';
import { extractPageInSlices, SLICED_TRIES } from '../../src/content/sliced-extraction';
import { createTaskSlicer, type TaskSlicer } from '../../src/content/task-slicer';
import { extractPage } from '../../src/dom/extract';
import { createStaticIsHidden } from '../../src/dom/hidden-static';
import type { ExtractedPage } from '../../src/dom/types';
import { openPage, savedPages, type PageWindow } from './page-window';
import { SPEECH_LINES } from './snippets';

/** Pauses (a real macrotask turn) after every step, and lets the test act during each pause. */
function everyStepSlicer(win: PageWindow, duringPause: () => void = () => undefined): TaskSlicer & { pauses: number } {
  const slicer = createTaskSlicer(win, 0);
  const counting = {
    ...slicer,
    pauses: 0,
    async maybePause() {
      counting.pauses++;
      await slicer.pause();
      duringPause();
    },
  };
  return counting;
}

/** Everything an extraction found, with each node named by its place in the document. */
function describePage(page: ExtractedPage, doc: Document) {
  const all = [...doc.getElementsByTagName('*')];
  const texts: Node[] = [];
  const walker = doc.createTreeWalker(doc, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node);
  const place = (node: Node | null) => (node === null ? -1 : node.nodeType === 3 ? texts.indexOf(node) : all.indexOf(node as Element));
  const setAside = (list: ExtractedPage['hidden']) => list.map(({ element, text }) => ({ element: place(element), text }));
  return {
    container: place(page.container),
    pageTitle: page.pageTitle,
    blocks: page.blocks.map((block) => ({
      text: block.text,
      heading: block.heading,
      element: place(block.element),
      segments: block.segments.map(({ node, start, end }) => [place(node), start, end]),
    })),
    hidden: setAside(page.hidden),
    chrome: setAside(page.chrome),
    notices: setAside(page.notices),
  };
}

/** A speech long enough for many steps of the walks (resumable.ts pauses every 256 nodes). */
function longSpeech(rounds: number): string {
  const lines: string[] = [];
  for (let round = 1; round <= rounds; round++) for (const line of SPEECH_LINES.slice(2)) lines.push(`<p>${line}<span>（第${round}遍）</span></p>`);
  return `<html><head><title>在全县安全生产工作会议上的讲话_公文汇</title></head><body>
    <div class="nav"><a href="/">首页</a> <a href="/jianghua/">讲话</a></div>
    <div id="content"><h1>在全县安全生产工作会议上的讲话</h1>${lines.join('\n')}
    <p>上一篇：<a href="/a/9.html">在全县森林防火工作会议上的讲话</a></p></div>
    <div class="footer">Copyright 公文汇 苏ICP备12345678号</div></body></html>`;
}

describe('the extraction in slices', () => {
  it.each(savedPages().map((page) => [page.slug, page.html] as const))('reads %s exactly as the one-task extraction does', async (_slug, html) => {
    const { window, document } = openPage(html);
    const isHidden = createStaticIsHidden(document);
    const whole = extractPage(document, { isHidden, host: 'www.gongwenhui.com' });
    const slicer = everyStepSlicer(window);
    const sliced = await extractPageInSlices(document, window, { isHidden, host: 'www.gongwenhui.com' }, slicer);
    expect(describePage(sliced, document)).toEqual(describePage(whole, document));
    // the same objects: nodes, not copies
    expect(sliced.blocks.map((b) => b.segments.map((s) => s.node))).toEqual(whole.blocks.map((b) => b.segments.map((s) => s.node)));
  });

  it('pauses on a long page, and still reads it as one task does', async () => {
    const { window, document } = openPage(longSpeech(150));
    const isHidden = createStaticIsHidden(document);
    const slicer = everyStepSlicer(window);
    const sliced = await extractPageInSlices(document, window, { isHidden }, slicer);
    expect(slicer.pauses).toBeGreaterThan(10);
    expect(describePage(sliced, document)).toEqual(describePage(extractPage(document, { isHidden }), document));
    expect(sliced.blocks.at(-1)?.text).toContain('（第150遍）');
  });

  it('reads a page that changed while paused as it is after the change', async () => {
    const { window, document } = openPage(longSpeech(150));
    const isHidden = createStaticIsHidden(document);
    let edits = 0;
    const slicer = everyStepSlicer(window, () => {
      // the page rewrites its first paragraph and appends one, once, mid-extraction
      if (edits++ !== 5) return;
      document.querySelector('#content p')!.firstChild!.textContent = '各位领导、同志们：今天的会议很重要。';
      document.querySelector('#content')!.insertAdjacentHTML('beforeend', '<p>最后，祝大家工作顺利！</p>');
    });
    const sliced = await extractPageInSlices(document, window, { isHidden }, slicer);
    const after = extractPage(document, { isHidden });
    expect(describePage(sliced, document)).toEqual(describePage(after, document));
    expect(sliced.blocks.some((block) => block.text.startsWith('各位领导、同志们：今天的会议很重要。'))).toBe(true);
    expect(sliced.blocks.at(-1)?.text).toBe('最后，祝大家工作顺利！');
  });

  it(`reads a page that never stops changing in one task after ${SLICED_TRIES} tries`, async () => {
    const { window, document } = openPage(longSpeech(150));
    const isHidden = createStaticIsHidden(document);
    const ticker = document.createElement('p');
    document.querySelector('#content')!.append(ticker);
    let ticks = 0;
    const slicer = everyStepSlicer(window, () => {
      ticker.textContent = `本文阅读量 ${++ticks}`;
    });
    const sliced = await extractPageInSlices(document, window, { isHidden }, slicer);
    expect(slicer.pauses).toBe(SLICED_TRIES);
    expect(describePage(sliced, document)).toEqual(describePage(extractPage(document, { isHidden }), document));
    expect(sliced.blocks.at(-1)?.text).toBe(`本文阅读量 ${ticks}`);
  });
});
