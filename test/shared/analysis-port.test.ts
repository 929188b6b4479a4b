// A large page's analysis over a port in pieces (issue 12 item 12): the background's answer is
// the core's analysis of the blocks exactly, the page sends and receives many small messages
// (the answer's lists in batches, each parsed on its own) rather than one of megabytes, and a page falls back when the background goes away.
import { describe, expect, it } from 'vitest';
import { analyzeBlocks } from '../../src/core/index';
import { ANALYSIS_PORT, analyzeOverPort, answerOverPort, PIECE_CHARS, type AnalysisRequest } from '../../src/shared/analysis-port';
import { SPEECH_LINES } from '../content/snippets';
import { portPair } from './port-pair';

/** The speech repeated to more than `chars` characters; a line of emoji cut at every piece edge. */
function largeRequest(chars: number): AnalysisRequest {
  const blocks: AnalysisRequest['blocks'] = [{ text: '在全县安全生产工作会议上的讲话', heading: true }];
  let size = 0;
  for (let round = 1; size < chars; round++) {
    for (const line of SPEECH_LINES.slice(2)) {
      const text = `${line}（第${round}遍）`;
      blocks.push({ text });
      size += text.length;
    }
  }
  // one character before the pairs: wherever a piece ends, it may fall between the halves
  blocks.push({ text: `最后，祝大家工作顺利${'😀'.repeat(PIECE_CHARS)}` }, { text: `x${'😀'.repeat(PIECE_CHARS)}` });
  return { blocks, options: { host: 'www.gongwenhui.com', pageTitle: '在全县安全生产工作会议上的讲话' } };
}

describe('the analysis port', () => {
  it("answers with the core's analysis of the blocks, in pieces both ways", async () => {
    const request = largeRequest(3 * PIECE_CHARS);
    const [page, background] = portPair(ANALYSIS_PORT);
    answerOverPort(background, ({ blocks, options }) => analyzeBlocks(blocks, options));
    let pauses = 0;
    const result = await analyzeOverPort(() => page, request, async () => void pauses++);
    expect(result).toEqual(analyzeBlocks(structuredClone(request.blocks), structuredClone(request.options)));
    expect(result.analysis.isSpeech).toBe(true);
    // every emoji arrived whole: no piece edge cut a pair in two
    expect(result.analysis.paragraphs.join('')).not.toContain('\uFFFD');
    const sent = page.posted.filter((m) => typeof (m as { piece?: string }).piece === 'string');
    expect(sent.length).toBeGreaterThan(5);
    expect(pauses).toBe(sent.length - 1);
    const pieces = page.posted.map((m) => (m as { piece?: string }).piece ?? '');
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(PIECE_CHARS);
    // the answer's lists come in batches the page parses one at a time: none over a piece,
    // unless it is a single item longer than that (the two lines of emoji)
    const batches = background.posted.filter((m): m is { list: string; items: string } => typeof (m as { items?: string }).items === 'string');
    expect(batches.filter((b) => b.list === 'paragraphs').length).toBeGreaterThanOrEqual(3);
    expect(batches.filter((b) => b.list === 'verdicts').length).toBeGreaterThanOrEqual(2);
    for (const batch of batches) if (batch.items.length > PIECE_CHARS) expect(JSON.parse(batch.items)).toHaveLength(1);
  });

  it('rejects when the background closes the port before answering (the page analyzes itself)', async () => {
    const [page, background] = portPair(ANALYSIS_PORT);
    answerOverPort(background, () => {
      background.disconnect();
      throw new Error('the worker was stopped');
    });
    await expect(analyzeOverPort(() => page, largeRequest(1000))).rejects.toThrow(/closed/);
  });

  it('rejects an answer that is not an analysis (an older background)', async () => {
    const [page, background] = portPair(ANALYSIS_PORT);
    answerOverPort(background, () => ({}) as never);
    await expect(analyzeOverPort(() => page, largeRequest(1000))).rejects.toThrow(/did not analyze/);
  });
});
