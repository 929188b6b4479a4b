// A large page's analysis asked of the background over a port, in many small messages (issue 12
// item 12). One runtime message holding a 5 MB page's blocks is serialized in one task of the
// page, and its answer (the text again, with the verdicts) deserialized in another: 100 ms and
// 350 ms on the e2e's 5 MB page. The request goes as JSON text in pieces, built a block at a
// time between them; the answer comes as its head, then its long lists in batches, each batch
// parsed as it arrives (its own task): no step in the page handles more than a batch.
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

/** The lists of an answer that grow with the page. */
const ANSWER_LISTS = ['verdicts', 'paragraphs', 'outline', 'removed'] as const;
type AnswerList = (typeof ANSWER_LISTS)[number];
/** the answer without its lists; then each list in batches of JSON arrays; then the end */
type AnswerMessage = { head: string } | { list: AnswerList; items: string } | { end: true };

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

/** The request's pieces posted to `port` until the end, joined; rejects when the port closes first. */
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

/** An answer's lists as the analysis holds them (absent in an answer that is not one). */
function listsOf(result: BlockAnalysis): Record<AnswerList, unknown[] | undefined> {
  const analysis = result?.analysis;
  return { verdicts: result?.verdicts, paragraphs: analysis?.paragraphs, outline: analysis?.outline, removed: analysis?.removed };
}

/** The answer as messages: its head, then every list in batches of at most PIECE_CHARS of JSON
 * (a single longer item goes alone), then the end. */
function* answerMessages(result: BlockAnalysis): Generator<AnswerMessage> {
  const head = result?.analysis
    ? { ...result, verdicts: result.verdicts && [], analysis: { ...result.analysis, paragraphs: [], outline: [], removed: [] } }
    : result;
  yield { head: JSON.stringify(head) };
  for (const [list, items] of Object.entries(listsOf(result)) as [AnswerList, unknown[] | undefined][]) {
    if (!Array.isArray(items)) continue;
    let batch: string[] = [];
    let size = 0;
    for (const item of items) {
      const json = JSON.stringify(item);
      if (batch.length && size + json.length > PIECE_CHARS) {
        yield { list, items: `[${batch.join(',')}]` };
        batch = [];
        size = 0;
      }
      batch.push(json);
      size += json.length + 1;
    }
    if (batch.length) yield { list, items: `[${batch.join(',')}]` };
  }
  yield { end: true };
}

const isAnswerList = (value: unknown): value is AnswerList => (ANSWER_LISTS as readonly unknown[]).includes(value);

/** The answer read from `port`, each message parsed as it comes; rejects when the port closes first. */
function receiveAnswer(port: PiecePort): Promise<BlockAnalysis> {
  return new Promise((resolve, reject) => {
    let head: BlockAnalysis | null = null;
    const lists: Partial<Record<AnswerList, unknown[]>> = {};
    port.onMessage.addListener((message: unknown) => {
      const data = message as Partial<{ head: unknown; list: unknown; items: unknown; end: unknown }> | null;
      try {
        if (typeof data?.head === 'string') head = JSON.parse(data.head) as BlockAnalysis;
        else if (isAnswerList(data?.list) && typeof data.items === 'string') {
          const into = (lists[data.list] ??= []);
          for (const item of JSON.parse(data.items) as unknown[]) into.push(item);
        } else if (data?.end === true) resolve(assemble(head, lists));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    port.onDisconnect.addListener(() => reject(new Error('the analysis port closed before the answer')));
  });
}

/** The head with its lists put back. */
function assemble(head: BlockAnalysis | null, lists: Partial<Record<AnswerList, unknown[]>>): BlockAnalysis {
  // an older background that does not answer as expected: the caller analyzes in the page
  if (!head || !Array.isArray(head.verdicts) || !head.analysis) throw new Error('the background did not analyze the page');
  const analysis = head.analysis as unknown as Record<AnswerList, unknown[]>;
  for (const list of ANSWER_LISTS) {
    const items = lists[list];
    if (!items) continue;
    if (list === 'verdicts') head.verdicts = items as BlockAnalysis['verdicts'];
    else analysis[list] = items;
  }
  return head;
}

/** The content script's end: sends the request, waits for the background's analysis. */
export async function analyzeOverPort(
  connect: () => PiecePort,
  request: AnalysisRequest,
  between?: () => Promise<void>,
): Promise<BlockAnalysis> {
  const port = connect();
  try {
    const answer = receiveAnswer(port);
    answer.catch(() => undefined); // awaited below; a rejection while the request is still being sent is not "unhandled"
    await sendPieces(port, requestJson(request), between);
    return await answer;
  } finally {
    port.disconnect();
  }
}

/** The background's end of one port: reads the request, answers with `analyze`'s result. */
export function answerOverPort(port: PiecePort, analyze: (request: AnalysisRequest) => BlockAnalysis): void {
  receivePieces(port)
    .then((text) => {
      for (const message of answerMessages(analyze(JSON.parse(text) as AnalysisRequest))) port.postMessage(message);
    })
    .catch(() => undefined); // the page went away meanwhile: nobody to answer
}
