// A large page's analysis asked of the background over a port, as JSON text in pieces (issue 12
// item 12). One runtime message holding a 5 MB page's blocks is serialized in one task of the
// page, and its answer (the text again, with the verdicts) deserialized in another: 100 ms and
// 350 ms on the e2e's 5 MB page. A piece of text is cheap to pass, each piece is its own task
// (the request's JSON is built a block at a time between them), and only the JSON.parse of the
// whole answer is one (tens of ms for 5 MB).
import type { Runtime } from 'webextension-polyfill';
import type { AnalyzeOptions, BlockAnalysis, SourceBlock } from '../core/types';

export const ANALYSIS_PORT = 'qinggao:analyze-blocks';
/** Characters of JSON per message. */
export const PIECE_CHARS = 64 * 1024;

export interface AnalysisRequest {
  blocks: SourceBlock[];
  options: AnalyzeOptions;
}

/** The slice of a port both ends use. */
export type PiecePort = Pick<Runtime.Port, 'postMessage' | 'onMessage' | 'onDisconnect' | 'disconnect'>;

type PieceMessage = { piece: string } | { end: true };

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * Posts the text of `parts` in pieces of at most PIECE_CHARS, then the end; `between` runs
 * between pieces (a pause, in the page), so neither building nor posting the text is one task.
 */
async function sendPieces(port: PiecePort, parts: Iterable<string>, between?: () => Promise<void>): Promise<void> {
  let pending = '';
  const post = async (all: boolean): Promise<void> => {
    while (pending.length >= PIECE_CHARS || (all && pending)) {
      let end = Math.min(pending.length, PIECE_CHARS);
      // a character outside the BMP is never cut in two (a lone half would not survive UTF-8)
      if (end < pending.length && isHighSurrogate(pending.charCodeAt(end - 1))) end--;
      port.postMessage({ piece: pending.slice(0, end) } satisfies PieceMessage);
      pending = pending.slice(end);
      if (between && (pending || !all)) await between();
    }
  };
  for (const part of parts) {
    pending += part;
    await post(false);
  }
  await post(true);
  port.postMessage({ end: true } satisfies PieceMessage);
}

/** JSON.stringify(request), a block at a time (the same text). */
function* requestJson(request: AnalysisRequest): Generator<string> {
  yield `{"options":${JSON.stringify(request.options)},"blocks":[`;
  for (let i = 0; i < request.blocks.length; i++) yield (i > 0 ? ',' : '') + JSON.stringify(request.blocks[i]);
  yield ']}';
}

/** The pieces posted to `port` until the end, joined; rejects when the port closes first. */
function receivePieces(port: PiecePort): Promise<string> {
  return new Promise((resolve, reject) => {
    const pieces: string[] = [];
    port.onMessage.addListener((message: unknown) => {
      const data = message as Partial<{ piece: unknown; end: unknown }> | null;
      if (typeof data?.piece === 'string') pieces.push(data.piece);
      else if (data?.end === true) resolve(pieces.join(''));
    });
    port.onDisconnect.addListener(() => reject(new Error('the analysis port closed before the answer')));
  });
}

/** The content script's end: sends the request, waits for the background's analysis. */
export async function analyzeOverPort(
  connect: () => PiecePort,
  request: AnalysisRequest,
  between?: () => Promise<void>,
): Promise<BlockAnalysis> {
  const port = connect();
  try {
    const answer = receivePieces(port);
    await sendPieces(port, requestJson(request), between);
    const result = JSON.parse(await answer) as BlockAnalysis;
    // an older background that does not answer as expected: the caller analyzes in the page
    if (!Array.isArray(result?.verdicts)) throw new Error('the background did not analyze the page');
    return result;
  } finally {
    port.disconnect();
  }
}

/** The background's end of one port: reads the request, answers with `analyze`'s result. */
export function answerOverPort(port: PiecePort, analyze: (request: AnalysisRequest) => BlockAnalysis): void {
  receivePieces(port)
    .then((text) => sendPieces(port, [JSON.stringify(analyze(JSON.parse(text) as AnalysisRequest))]))
    .catch(() => undefined); // the page went away meanwhile: nobody to answer
}
