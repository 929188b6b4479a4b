// The bench's entry once bundled (bench/run.mjs builds and calls it): runs the sections, prints
// each as it finishes, and writes bench/results.md after a full run.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAdversarial } from './adversarial';
import { runAgainstAnchor } from './against-anchor';
import { runBrowser } from './browser';
import { runCli } from './cli';
import { runCoreThroughput } from './core-throughput';
import { metMark, table } from './format';
import { runHtmlPipeline } from './html-pipeline';
import { machineLine } from './machine';
import type { BenchContext, SectionResult } from './section';
import { runSize } from './size';

export interface BenchOptions {
  root: string;
  bundleDir: string;
  argv: string[];
}

const SECTIONS: [number, (ctx: BenchContext) => SectionResult | Promise<SectionResult>][] = [
  [1, runAgainstAnchor],
  [2, runCoreThroughput],
  [3, runAdversarial],
  [4, runBrowser],
  [5, runSize],
  [6, runCli],
];

function parseArgs(argv: string[]) {
  const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  return {
    sections: only ? new Set(only.split(',').map(Number)) : undefined,
    quick: argv.includes('--quick'),
    write: !argv.includes('--no-write'),
  };
}

export async function runBench(options: BenchOptions): Promise<number> {
  const args = parseArgs(options.argv);
  const started = performance.now();
  const ctx: BenchContext = {
    root: options.root,
    bundleDir: options.bundleDir,
    quick: args.quick,
    htmlPipeline: runHtmlPipeline,
    log: (line) => process.stderr.write(`bench: ${line}\n`),
  };
  const machine = machineLine(options.root);
  console.log(`# Qinggao bench\n\n${machine}\n`);

  const results: SectionResult[] = [];
  for (const [number, run] of SECTIONS) {
    if (args.sections && !args.sections.has(number)) continue;
    const sectionStart = performance.now();
    let result: SectionResult;
    try {
      result = await run(ctx);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      result = { title: `${number}. (failed)`, markdown: '```\n' + message + '\n```', targets: [{ target: `section ${number}`, measured: 'the section threw', met: false }] };
    }
    const seconds = ((performance.now() - sectionStart) / 1000).toFixed(1);
    console.log(`## ${result.title}\n\n${result.markdown}\n\n_(section took ${seconds} s)_\n`);
    results.push(result);
  }

  const targets = results.flatMap((r) => r.targets);
  const summary = table(['target', 'measured', 'status'], targets.map((t) => [t.target, t.measured, metMark(t.met)]));
  const totalSeconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`## Targets\n\n${summary}\n\nTotal bench time: ${totalSeconds} s.`);

  const complete = !args.sections && !args.quick;
  if (complete && args.write) {
    const report = [
      '# Qinggao bench results',
      '',
      'Written by `npm run bench` (bench/run.mjs); numbers from one run on the machine below.',
      '',
      machine,
      '',
      '## Targets',
      '',
      summary,
      '',
      ...results.flatMap((r) => [`## ${r.title}`, '', r.markdown, '']),
      `Total bench time: ${totalSeconds} s.`,
      '',
    ].join('\n');
    writeFileSync(join(options.root, 'bench/results.md'), report);
    ctx.log('wrote bench/results.md');
  } else {
    ctx.log('partial or quick run: bench/results.md not written');
  }
  return 0;
}
