// In-page cleaning on the saved template pages (test/pages/*): what the core calls noise
// leaves the article, no gold paragraph loses a character, and undo gives back the very same
// body, node for node.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, createStaticIsHidden } from '../../src/dom/index';
import { harness } from './app-harness';
import { openPage, readableText, savedPages, squeeze, visibleText, visibleTextNodes } from './page-window';

const ZERO_WIDTH = /[\u200B-\u200F\u2060\uFEFF\u00AD]/;

const pages = savedPages();

describe('cleaning a saved page in place', () => {
  it('has the saved pages to run on', () => {
    expect(pages.length).toBeGreaterThanOrEqual(14);
  });

  let noiseFoundInArticles = 0;

  describe.each(pages.map((page) => [page.slug, page] as const))('%s', (_slug, { html, gold }) => {
    const url = `https://${gold.host}/a/1.html`;

    // A non-speech page on a template host is analyzed, never cleaned on its own.
    if (!gold.isSpeech) {
      it('is left exactly as it was by the automatic run, and marked analyzed', async () => {
        const { window, document } = openPage(html, url);
        const original = document.body.innerHTML;
        const { app, states } = harness(window);
        await app.autoRun();
        expect(document.body.innerHTML).toBe(original);
        expect(document.documentElement.getAttribute('data-qinggao')).toBe('analyzed');
        expect(states.at(-1)).toMatchObject({ status: 'analyzed', isSpeech: false });
      });
    }

    // Which gold noise the analysis finds is the core's score (npm run test:score); this checks
    // that every piece it found inside the article really leaves the page.
    if (gold.isSpeech) it('removes the gold noise the analysis found inside the article and keeps every gold paragraph', async () => {
      const { window, document } = openPage(html, url);
      const { page, result } = analyzeDocument(document, { isHidden: createStaticIsHidden(document), host: gold.host });
      const container = page.container!;
      const articleBefore = squeeze(readableText(container));
      const removed = result.analysis.removed.map((r) => squeeze(r.text)).filter(Boolean);
      const found = (noise: string): boolean => removed.some((r) => r.includes(noise) || noise.includes(r));
      const noiseToGo = gold.noise.map(squeeze).filter((noise) => noise && articleBefore.includes(noise) && found(noise));
      noiseFoundInArticles += noiseToGo.length;

      await harness(window).app.clean();

      const articleAfter = squeeze(readableText(container));
      expect(noiseToGo.filter((noise) => articleAfter.includes(noise))).toEqual([]);
      const bodyAfter = squeeze(readableText(document.body));
      expect(gold.paragraphs.filter((paragraph) => !bodyAfter.includes(squeeze(paragraph)))).toEqual([]);
      expect(document.documentElement.getAttribute('data-qinggao')).toBe('cleaned');
    });

    // What a reader sees after cleaning: the title and the speech, none of the site around it.
    if (gold.isSpeech) it('shows the title and every gold paragraph, and no gold noise anywhere on the page', async () => {
      const { window, document } = openPage(html, url);
      // the page shows its title as an element of its own (not merely inside a promo line)
      const titleShown = [...document.body.querySelectorAll('*')].some((e) => squeeze(e.textContent ?? '') === squeeze(gold.title));
      await harness(window).app.clean();
      const seen = squeeze(visibleText(window, document.body));
      expect(gold.noise.map(squeeze).filter((noise) => noise && seen.includes(noise))).toEqual([]);
      expect(gold.paragraphs.filter((paragraph) => !seen.includes(squeeze(paragraph)))).toEqual([]);
      // the title stays in view (a page that shows it only in <title> has none to keep)
      if (titleShown) expect(seen.includes(squeeze(gold.title))).toBe(true);
      // select-all + copy gives clean text: no zero-width fingerprints left in what is shown
      expect(ZERO_WIDTH.test(visibleText(window, document.body))).toBe(false);
    });

    // The 已移除 list is how a user checks that nothing of the speech went: whatever text the
    // reader saw before and no longer sees must be named in it.
    it('names in the removed list every text that cleaning took out of view', async () => {
      const { window, document } = openPage(html, url);
      const before = visibleTextNodes(window, document.body).map((node) => ({ node, text: squeeze(node.data) }));
      const analysis = await harness(window).app.clean();
      const shown = new Set(visibleTextNodes(window, document.body));
      const named = squeeze(analysis.removed.map((r) => r.text).join(''));
      const unnamed = before.filter(({ node, text }) => text && !shown.has(node) && !named.includes(text)).map(({ text }) => text);
      expect(unnamed).toEqual([]);
    });

    it('leaves each block holding exactly the text the core kept', async () => {
      const { window, document } = openPage(html, url);
      const { page, result } = analyzeDocument(document, { isHidden: createStaticIsHidden(document), host: gold.host });
      await harness(window).app.clean();
      page.blocks.forEach((block, i) => {
        const verdict = result.verdicts[i]!;
        const live = block.segments.filter((s) => s.node.isConnected).map((s) => s.node.data).join('');
        const shown = block.element.isConnected ? live : '';
        expect({ block: i, text: squeeze(shown) }).toEqual({ block: i, text: squeeze(verdict.role === 'noise' ? '' : verdict.text) });
      });
    });

    it('undo restores the body exactly, and cleaning again gives the same page', async () => {
      const { window, document } = openPage(html, url);
      const original = document.body.innerHTML;
      const { app } = harness(window);

      await app.clean();
      const cleaned = document.body.innerHTML;
      await app.undo();
      expect(document.body.innerHTML).toBe(original);
      expect(document.documentElement.getAttribute('data-qinggao')).toBe('analyzed');
      expect(document.head.querySelector('style[data-qinggao]')).toBeNull();

      await app.clean();
      expect(document.body.innerHTML).toBe(cleaned);
    });

    it('cleaning twice changes nothing more than cleaning once', async () => {
      const { window, document } = openPage(html, url);
      const { app } = harness(window);
      const first = await app.clean();
      const cleaned = document.body.innerHTML;
      const second = await app.clean();
      expect(document.body.innerHTML).toBe(cleaned);
      expect(second).toEqual(first);
    });

    // The re-clean observer re-analyzes a cleaned page; that is only safe if a cleaned page
    // gives the analysis nothing more to take.
    it('is a fixed point: analyzing the cleaned page finds nothing more to remove', async () => {
      const { window, document } = openPage(html, url);
      await harness(window).app.clean();
      const { page, result } = analyzeDocument(document, { isHidden: createStaticIsHidden(document), host: gold.host });
      const more = page.blocks
        .map((block, i) => ({ text: block.text.trim().slice(0, 40), verdict: result.verdicts[i]! }))
        .filter(({ verdict }) => verdict.role === 'noise' || verdict.cuts.length > 0)
        .map(({ text, verdict }) => `${verdict.reason ?? verdict.cuts.map((c) => c.reason).join()}: ${text}`);
      expect([...more, ...page.hidden.map((h) => `hidden: ${h.text}`), ...page.chrome.map((c) => `site-chrome: ${c.text}`)]).toEqual([]);
    });

    it('undo puts back the same nodes, not copies (page listeners survive)', async () => {
      const { window, document } = openPage(html, url);
      const nodesBefore = allNodes(document.body);
      const { app } = harness(window);
      await app.clean();
      await app.undo();
      const nodesAfter = allNodes(document.body);
      expect(nodesAfter.length).toBe(nodesBefore.length);
      expect(nodesAfter.every((node, i) => node === nodesBefore[i])).toBe(true);
    });
  });

  it('met gold noise inside the articles (the noise check above is not vacuous)', () => {
    expect(noiseFoundInArticles).toBeGreaterThan(pages.length);
  });
});

function allNodes(root: Node): Node[] {
  const nodes: Node[] = [];
  const walk = (node: Node): void => {
    nodes.push(node);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return nodes;
}

describe('a QR box inside the article', () => {
  it('goes with its lines, image and all, and comes back on undo', async () => {
    const page = savedPages().find((p) => p.slug === 'kt250-ranqi-biaoti-shuiyin')!;
    const { window, document } = openPage(page.html, `https://${page.gold.host}/a/1.html`);
    const original = document.body.innerHTML;
    const { app } = harness(window);
    expect(document.querySelector('img[alt*="扫一扫"]')).not.toBeNull();
    await app.clean();
    expect(document.querySelector('img[alt*="扫一扫"]')).toBeNull();
    await app.undo();
    expect(document.body.innerHTML).toBe(original);
  });
});
