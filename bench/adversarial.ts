// Section 3: adversarial inputs of about 1 MB, each in its own worker with a time limit.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ADVERSARIAL_CASES } from './adversarial-inputs';
import type { AdversarialReply, AdversarialRequest } from './adversarial-worker';
import { analyzeText } from '../src/core/index';
import { bytes, ms, table } from './format';
import { HotSpotProfiler } from './hot-spots';
import { MB } from './measure';
import type { BenchContext, SectionResult } from './section';

export const ADVERSARIAL_TARGET_MS_PER_MB = 200;
const TIME_LIMIT_MS = 60_000;

function runCase(request: AdversarialRequest): Promise<AdversarialReply | { status: 'timeout' }> {
  return new Promise((resolve) => {
    const worker = new Worker(join(request.bundleDir, 'adversarial-worker.mjs'), {
      workerData: request,
      resourceLimits: { stackSizeMb: 1 },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ status: 'timeout' });
    }, TIME_LIMIT_MS);
    worker.once('message', (reply: AdversarialReply) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(reply);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      resolve({ status: 'error', size: NaN, reason: String(error).slice(0, 120) });
    });
  });
}

export async function runAdversarial(ctx: BenchContext): Promise<SectionResult> {
  const runs = ctx.quick ? 1 : 3;
  const rows: string[][] = [];
  let worst: { name: string; perMb: number } | undefined;
  let failures = 0;
  const overTarget: string[] = [];
  const slowCases: { caseIndex: number; name: string; size: number; median: number }[] = [];
  const failedCases: { caseIndex: number; name: string }[] = [];
  for (let caseIndex = 0; caseIndex < ADVERSARIAL_CASES.length; caseIndex++) {
    const name = ADVERSARIAL_CASES[caseIndex]!.name;
    ctx.log(`3. ${name}`);
    const reply = await runCase({ caseIndex, runs, bundleDir: ctx.bundleDir });
    if (reply.status === 'ok') {
      const perMb = reply.median / (reply.size / MB);
      if (!worst || perMb > worst.perMb) worst = { name, perMb };
      if (perMb >= ADVERSARIAL_TARGET_MS_PER_MB) {
        overTarget.push(`${name} ${ms(perMb)}/MB`);
        slowCases.push({ caseIndex, name, size: reply.size, median: reply.median });
      }
      const note = reply.parse !== undefined ? `parse ${ms(reply.parse)} (not counted)` : '';
      rows.push([name, bytes(reply.size), ms(reply.median), ms(perMb), perMb < ADVERSARIAL_TARGET_MS_PER_MB ? 'ok' : 'SLOW', note]);
    } else if (reply.status === 'timeout') {
      failures++;
      overTarget.push(`${name} timed out`);
      worst = { name, perMb: Infinity };
      rows.push([name, '~1 MB', `> ${TIME_LIMIT_MS / 1000} s`, '—', 'TIMEOUT', 'stopped by the time limit']);
    } else {
      failures++;
      failedCases.push({ caseIndex, name });
      overTarget.push(`${name} failed: ${reply.reason}`);
      rows.push([name, Number.isFinite(reply.size) ? bytes(reply.size) : '—', '—', '—', 'ERROR', reply.reason]);
    }
  }
  // How the slow ones grow: time at 1 MB over time at 256 KB is 4 when linear, 16 when quadratic.
  const growthNotes: string[] = [];
  for (const slow of slowCases) {
    const quarter = await runCase({ caseIndex: slow.caseIndex, runs, bundleDir: ctx.bundleDir, size: MB / 4 });
    if (quarter.status !== 'ok') continue;
    const growth = slow.median / quarter.median;
    const exponent = Math.log(growth) / Math.log(slow.size / quarter.size);
    growthNotes.push(`- ${slow.name}: ${ms(quarter.median)} at ${bytes(quarter.size)}, ${ms(slow.median)} at ${bytes(slow.size)}: time grows as size^${exponent.toFixed(1)}`);
  }
  for (const failed of failedCases) {
    const quarter = await runCase({ caseIndex: failed.caseIndex, runs: 1, bundleDir: ctx.bundleDir, size: MB / 4 });
    growthNotes.push(
      quarter.status === 'ok'
        ? `- ${failed.name}: fails at 1 MB, takes ${ms(quarter.median)} at ${bytes(quarter.size)} (a quarter of the size)`
        : `- ${failed.name}: fails at a quarter of the size too (${quarter.status === 'timeout' ? 'timeout' : quarter.reason})`,
    );
  }
  let hotSpots = '';
  const worstText = slowCases.filter((c) => ADVERSARIAL_CASES[c.caseIndex]!.build(1024).kind === 'text').sort((a, b) => b.median - a.median)[0];
  if (worstText && worstText.median < 20_000) {
    const profiler = new HotSpotProfiler();
    await profiler.open();
    try {
      const input = ADVERSARIAL_CASES[worstText.caseIndex]!.build();
      await profiler.profile(() => input.text, (text: string) => analyzeText(text));
    } finally {
      profiler.close();
    }
    hotSpots = `Where analyzeText spends its time on ${worstText.name} (self time, one profiled run):\n\n${(await profiler.table(ctx.root, 8))}`;
  }

  const markdown = [
    `Median of ${runs} after a warm-up, each case in a worker thread with a ~1 MB stack (like a browser main`,
    `thread) and a ${TIME_LIMIT_MS / 1000} s limit. Text cases run \`analyzeText\` (with the user rule named, if any); HTML cases run the HTML pipeline`,
    'on a fresh linkedom parse under a template host, parse time reported but not counted; the standard-input case runs',
    "the command's `analyzeInput` (HTML sniffing, then the text path); the onmousedown case, copy unlocking's checks of handler code.",
    '',
    table(['input', 'size', 'median', 'per MB', `< ${ADVERSARIAL_TARGET_MS_PER_MB} ms/MB`, 'note'], rows),
    '',
    worst ? `Worst: ${worst.name}, ${Number.isFinite(worst.perMb) ? ms(worst.perMb) : 'timeout'} per MB.` : 'No case finished.',
    ...(growthNotes.length ? ['', 'Over the target or failed, and at a quarter of the size:', '', ...growthNotes] : []),
    ...(hotSpots ? ['', hotSpots] : []),
  ].join('\n');
  const met = worst !== undefined && failures === 0 && worst.perMb < ADVERSARIAL_TARGET_MS_PER_MB;
  return {
    title: '3. Adversarial inputs (~1 MB each)',
    markdown,
    targets: [
      {
        target: `adversarial worst < ${ADVERSARIAL_TARGET_MS_PER_MB} ms/MB`,
        measured: worst
          ? `worst ${Number.isFinite(worst.perMb) ? ms(worst.perMb) : 'timeout'} per MB (${worst.name})${overTarget.length ? `; over target or failed: ${overTarget.join('; ')}` : ''}`
          : 'nothing measured',
        met: worst ? met : undefined,
      },
    ],
  };
}
