// Section 3: adversarial inputs of about 1 MB, each in its own worker with a time limit.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ADVERSARIAL_CASES } from './adversarial-inputs';
import type { AdversarialReply, AdversarialRequest } from './adversarial-worker';
import { bytes, ms, table } from './format';
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
  for (let caseIndex = 0; caseIndex < ADVERSARIAL_CASES.length; caseIndex++) {
    const name = ADVERSARIAL_CASES[caseIndex]!.name;
    ctx.log(`3. ${name}`);
    const reply = await runCase({ caseIndex, runs, bundleDir: ctx.bundleDir });
    if (reply.status === 'ok') {
      const perMb = reply.median / (reply.size / MB);
      if (!worst || perMb > worst.perMb) worst = { name, perMb };
      if (perMb >= ADVERSARIAL_TARGET_MS_PER_MB) overTarget.push(`${name} ${ms(perMb)}/MB`);
      const note = reply.parse !== undefined ? `parse ${ms(reply.parse)} (not counted)` : '';
      rows.push([name, bytes(reply.size), ms(reply.median), ms(perMb), perMb < ADVERSARIAL_TARGET_MS_PER_MB ? 'ok' : 'SLOW', note]);
    } else if (reply.status === 'timeout') {
      failures++;
      overTarget.push(`${name} timed out`);
      worst = { name, perMb: Infinity };
      rows.push([name, '~1 MB', `> ${TIME_LIMIT_MS / 1000} s`, '—', 'TIMEOUT', 'stopped by the time limit']);
    } else if (reply.status === 'skipped') {
      rows.push([name, bytes(reply.size), '—', '—', 'skipped', reply.reason]);
    } else {
      failures++;
      overTarget.push(`${name} failed: ${reply.reason}`);
      rows.push([name, Number.isFinite(reply.size) ? bytes(reply.size) : '—', '—', '—', 'ERROR', reply.reason]);
    }
  }
  const markdown = [
    `Median of ${runs} after a warm-up, each case in a worker thread with a ~1 MB stack (like a browser main`,
    `thread) and a ${TIME_LIMIT_MS / 1000} s limit. Text cases run \`analyzeText\`; the HTML case runs the HTML pipeline`,
    'on a fresh linkedom parse under a template host, parse time reported but not counted.',
    '',
    table(['input', 'size', 'median', 'per MB', `< ${ADVERSARIAL_TARGET_MS_PER_MB} ms/MB`, 'note'], rows),
    '',
    worst ? `Worst: ${worst.name}, ${Number.isFinite(worst.perMb) ? ms(worst.perMb) : 'timeout'} per MB.` : 'No case finished.',
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
