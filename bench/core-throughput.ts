// Section 2: analyzeText on synthetic speech packs of growing size; time per byte should stay
// flat (linear growth), judged against the 10 KB case.
import { analyzeText } from '../src/core/index';
import { readSeeds, sharedDir } from './documents';
import { bytes, count, ms, table } from './format';
import { HotSpotProfiler } from './hot-spots';
import { MB, timeMedian, utf8Bytes } from './measure';
import type { BenchContext, SectionResult } from './section';
import { seedParagraphs, syntheticSpeechPack } from './synthetic-speech';

export const THROUGHPUT_SIZES = [10 * 1024, 100 * 1024, MB, 5 * MB];

/** Time per byte may grow at most this much from 10 KB to 5 MB and still count as linear. */
export const LINEAR_TOLERANCE = 2;

export async function runCoreThroughput(ctx: BenchContext): Promise<SectionResult> {
  const paragraphs = seedParagraphs(readSeeds(sharedDir(ctx.root)).map((d) => d.read()));
  const rows: { size: number; chars: number; runs: number; median: number }[] = [];
  for (const target of THROUGHPUT_SIZES) {
    const text = syntheticSpeechPack(paragraphs, target);
    const runs = ctx.quick ? 1 : target >= MB ? 3 : target >= 100 * 1024 ? 7 : 15;
    ctx.log(`2. ${bytes(target)}: ${runs} runs`);
    const timing = timeMedian(runs, (t: string) => analyzeText(t), () => text);
    rows.push({ size: utf8Bytes(text), chars: text.length, runs, median: timing.median });
  }
  const profiler = new HotSpotProfiler();
  await profiler.open();
  try {
    const text = syntheticSpeechPack(paragraphs, MB);
    await profiler.profile(() => text, (t: string) => analyzeText(t));
  } finally {
    profiler.close();
  }
  const base = rows[0]!;
  const perByte = (r: (typeof rows)[number]) => r.median / r.size;
  const growth = rows.map((r) => perByte(r) / perByte(base));
  // per-byte time against the previous size too: the small base's fixed cost can hide a late bend
  const stepGrowth = rows.map((r, i) => (i === 0 ? 1 : perByte(r) / perByte(rows[i - 1]!)));
  const worstGrowth = Math.max(...growth, ...stepGrowth);
  const markdown = [
    'Synthetic packs of speeches built from the seeds\' paragraphs (headings 一、（一）1. 一是…, glued',
    'watermarks, promo/meta/paywall lines). Median of N after a warm-up. "vs 10 KB" is time per byte',
    `relative to the 10 KB pack, and to the previous size: 1.0 is perfectly linear; up to ${LINEAR_TOLERANCE}.0 counts as`,
    'linear here (below 1.0 is a fixed per-call cost spread over more text).',
    '',
    table(
      ['size', 'chars', 'runs', 'median', 'chars/ms', 'ms per MB', 'time/size vs 10 KB', 'vs previous size'],
      rows.map((r, i) => [
        bytes(r.size),
        count(r.chars),
        String(r.runs),
        ms(r.median),
        count(r.chars / r.median),
        ms(r.median / (r.size / MB)),
        `${growth[i]!.toFixed(2)}`,
        i === 0 ? '—' : `${stepGrowth[i]!.toFixed(2)}`,
      ]),
    ),
    '',
    'Where analyzeText spends its time on the 1 MB pack (self time, one profiled run):',
    '',
    (await profiler.table(ctx.root)),
  ].join('\n');
  return {
    title: '2. Core throughput on text (analyzeText)',
    markdown,
    targets: [
      {
        target: `linear scaling: time/size ≤ ${LINEAR_TOLERANCE}× the 10 KB case's and the previous size's, up to 5 MB`,
        measured: `worst ${worstGrowth.toFixed(2)}× (vs 10 KB: ${growth.map((g) => g.toFixed(2)).join(' / ')}; vs previous: ${stepGrowth.slice(1).map((g) => g.toFixed(2)).join(' / ')})`,
        met: worstGrowth <= LINEAR_TOLERANCE,
      },
    ],
  };
}
