// Runs one adversarial case in a worker thread, so a catastrophic case can be stopped by the
// section's time limit instead of hanging the bench. The stack is kept close to a browser main
// thread's (about 1 MB), so a recursion that would overflow there overflows here too.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeInput } from '../src/cli/analyze-input';
import { attributeOnlyReturnsFalse, functionOnlyReturnsFalse } from '../src/content/refusing-handler';
import { analyzeText } from '../src/core/index';
import { ADVERSARIAL_CASES } from './adversarial-inputs';
import { runHtmlPipeline } from './html-pipeline';
import { timeMedian, utf8Bytes } from './measure';
import { parseHtml } from './parse-html';

export interface AdversarialRequest {
  caseIndex: number;
  runs: number;
  bundleDir: string;
  /** input size in bytes (1 MB when absent) */
  size?: number;
}

export type AdversarialReply =
  | { status: 'ok'; size: number; median: number; parse?: number }
  | { status: 'error'; size: number; reason: string };

if (typeof (globalThis as { gc?: unknown }).gc !== 'function') {
  setFlagsFromString('--expose-gc');
  (globalThis as { gc?: unknown }).gc = runInNewContext('gc');
}

/** The message and the innermost frames of ours, so the report says where it broke. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 120);
  const frames = (error.stack ?? '')
    .split('\n')
    .map((line) => /^\s+at (?:new )?([\w$.<>]+) \(.*qinggao-bench/.exec(line)?.[1])
    .filter((name): name is string => !!name && !name.startsWith('time'))
    .filter((name, i, all) => name !== all[i - 1]) // a recursion shows once
    .slice(0, 3);
  return `${error.name}: ${error.message.slice(0, 80)}${frames.length ? ` (in ${frames.join(' ← ')})` : ''}`;
}

async function measure(request: AdversarialRequest): Promise<AdversarialReply> {
  const input = ADVERSARIAL_CASES[request.caseIndex]!.build(request.size);
  const size = utf8Bytes(input.text);
  try {
    if (input.kind === 'text') {
      const options = input.userRules ? { userRules: input.userRules } : {};
      return { status: 'ok', size, median: timeMedian(request.runs, (t: string) => analyzeText(t, options), () => input.text).median };
    }
    if (input.kind === 'stdin') {
      const bytes = new TextEncoder().encode(input.text);
      return { status: 'ok', size, median: timeMedian(request.runs, (b: Uint8Array) => analyzeInput('-', b), () => bytes).median };
    }
    if (input.kind === 'onmousedown') {
      const check = (code: string) => attributeOnlyReturnsFalse(code) || functionOnlyReturnsFalse(`function f() {${code}}`);
      return { status: 'ok', size, median: timeMedian(request.runs, check, () => input.text).median };
    }
    const parse = timeMedian(request.runs, () => parseHtml(input.text), () => undefined).median;
    const median = timeMedian(request.runs, (doc: Document) => runHtmlPipeline(doc, 'www.gongwenhui.com'), () => parseHtml(input.text)).median;
    return { status: 'ok', size, median, parse };
  } catch (error) {
    return { status: 'error', size, reason: describeError(error) };
  }
}

if (parentPort) {
  parentPort.postMessage(await measure(workerData as AdversarialRequest));
}
