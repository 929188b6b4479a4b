// A large page (issue 12 item 12): the core's analysis is asked of the background, off the
// page's main thread, the page's own copy standing in when the background does not answer;
// cleaning, done in several tasks, never cuts a text node the page rewrote in between.
import { describe, expect, it } from 'vitest';
import { analyzeBlocks } from '../../src/core/index';
import type { AnalyzeOptions, SourceBlock } from '../../src/core/types';
import { ANALYZE_ELSEWHERE_ABOVE_CHARS } from '../../src/content/content-app';
import { harness } from './app-harness';
import { openPage, readableText } from './page-window';
import { blockedSpeechPage, SPEECH_LINES, WATERMARK } from './snippets';

/** The speech repeated until the article holds more text than is analyzed in the page. */
function largePage(): string {
  const lines: string[] = [];
  let size = 0;
  for (let round = 1; size <= ANALYZE_ELSEWHERE_ABOVE_CHARS; round++) {
    for (const line of SPEECH_LINES.slice(2)) {
      const text = `${line}（第${round}遍）`;
      lines.push(`<p>${text}</p>`);
      size += text.length;
    }
    lines.push(`<p>${WATERMARK}</p>`);
  }
  return blockedSpeechPage({ extra: lines.join('\n') });
}

function elsewhere(fail = false) {
  const asked: number[] = [];
  return {
    asked,
    analyzeElsewhere: async (blocks: SourceBlock[], options: AnalyzeOptions) => {
      asked.push(blocks.length);
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (fail) throw new Error('Could not establish connection. Receiving end does not exist.');
      return analyzeBlocks(structuredClone(blocks), structuredClone(options));
    },
  };
}

describe('a large page', () => {
  it('is analyzed elsewhere and cleaned in the page', async () => {
    const { window, document } = openPage(largePage());
    const remote = elsewhere();
    const { app } = harness(window, { analyzeElsewhere: remote.analyzeElsewhere });
    const analysis = await app.clean();
    expect(remote.asked).toHaveLength(1);
    expect(analysis.isSpeech).toBe(true);
    expect(readableText(document.querySelector('#content')!)).not.toContain(WATERMARK);
    expect(readableText(document.querySelector('#content')!)).toContain('（第40遍）');
  });

  it('is analyzed in the page when the background does not answer', async () => {
    const { window, document } = openPage(largePage());
    const remote = elsewhere(true);
    const { app } = harness(window, { analyzeElsewhere: remote.analyzeElsewhere });
    await app.clean();
    expect(remote.asked).toHaveLength(1);
    expect(readableText(document.querySelector('#content')!)).not.toContain(WATERMARK);
  });

  it('a small page never leaves the page', async () => {
    const { window, document } = openPage(blockedSpeechPage());
    const remote = elsewhere();
    const { app } = harness(window, { analyzeElsewhere: remote.analyzeElsewhere });
    await app.clean();
    expect(remote.asked).toHaveLength(0);
    expect(readableText(document.querySelector('#content')!)).not.toContain(WATERMARK);
  });

  it('never cuts a text node the page rewrote while the analysis was away by the old offsets', async () => {
    const { window, document } = openPage(largePage());
    const glued = document.createTextNode(`要抓好落实。${WATERMARK}`);
    document.querySelector('#content p')!.append(glued);
    const remote = elsewhere();
    const { app } = harness(window, {
      analyzeElsewhere: async (blocks, options) => {
        // the page's ticker rewrites the node between our reading and our cutting
        glued.data = `要抓好落实，确保万无一失。${WATERMARK}`;
        return remote.analyzeElsewhere(blocks, options);
      },
    });
    await app.clean();
    // cutting by the old offsets would have taken "，确保万无一失。公文" and left "…汇 www…"
    expect(glued.data.startsWith('要抓好落实，确保万无一失。')).toBe(true);
  });
});
