// Section 6: the command line (bin/qinggao.mjs → dist/cli) as a user starts it. A one-file call
// against a bare `node -e 0` start, runs interleaved so both see the same machine load, timed
// two ways: wall time, and the CPU time the process used (all its threads), which a busy machine
// inflates far less; the target holds only when both ratios do. Then one call with many FILEs:
// wall time and the process's peak memory (maxRSS).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedDir } from './documents';
import { bytes, ms, ratio, table } from './format';
import { median } from './measure';
import type { BenchContext, SectionResult } from './section';

export const CLI_START_TARGET = 2; // × a bare node start

/** Preloaded into the timed process: its peak memory on stderr as it exits. Linux's VmHWM, as
 * getrusage's maxRSS keeps the forking process's peak across exec (the bench's own ~150 MB). */
const REPORT_MAX_RSS =
  'data:text/javascript,import{readFileSync}from"node:fs";process.on("exit",()=>{let kb;try{kb=/VmHWM:\\s*(\\d+)/.exec(readFileSync("/proc/self/status","utf8"))[1]}catch{kb=process.resourceUsage().maxRSS}process.stderr.write("\\nmaxRSS="+kb+"\\n")})';

/** Preloaded (CommonJS, so no ES loader is started for it) into the CPU-timed runs: the CPU time
 * the process used, user + system over all its threads, on stderr as it exits. */
const REPORT_CPU = 'process.on("exit",()=>{const u=process.cpuUsage();require("node:fs").writeSync(2,"\\ncpuMicros="+(u.user+u.system)+"\\n")});\n';

/**
 * Every call runs without NODE_EXTRA_CA_CERTS: with it set (as on the bench's machine) every node
 * start, `node -e 0` included, first reads those certificates into OpenSSL's store: tens of ms
 * of CPU the command never needs, which made the bare start ~3× dearer and the ratio look far
 * better (1.7–1.9× here) than a user without it sees (4–5×, measured in one run).
 */
function plainEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_EXTRA_CA_CERTS: _certificates, ...rest } = env;
  return rest;
}

interface Run {
  ms: number;
  cpuMs: number;
  maxRssKb: number;
  status: number | null;
}

type Measure = 'wall' | 'cpu' | 'memory';

/** One process. The preloads add to the time it takes, so each kind of run measures one thing. */
function run(args: string[], cwd: string, measure: Measure = 'wall', env: NodeJS.ProcessEnv = process.env, cpuPreload?: string): Run {
  const preload = measure === 'memory' ? ['--import', REPORT_MAX_RSS] : measure === 'cpu' && cpuPreload ? ['--require', cpuPreload] : [];
  const start = performance.now();
  const r = spawnSync(process.execPath, [...preload, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
  const elapsed = performance.now() - start;
  return {
    ms: elapsed,
    cpuMs: Number(/cpuMicros=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1000,
    maxRssKb: Number(/maxRSS=(\d+)/.exec(r.stderr)?.[1] ?? NaN),
    status: r.status,
  };
}

/** A short speech, numbered per file so each one is its own document. */
const speechFile = (i: number) =>
  [
    `在第${i}次全县安全生产工作会议上的讲话`,
    '同志们：',
    '今天召开全县安全生产工作会议，主要任务是贯彻落实上级部署要求，总结去年工作，安排今年任务。',
    '一、提高政治站位，切实增强做好安全生产工作的责任感',
    '安全生产事关人民群众生命财产安全，事关改革发展稳定大局。',
    '二、突出重点领域，扎实开展隐患排查整治',
    '要聚焦道路交通、建筑施工、危险化学品、消防等重点领域，全面开展拉网式排查。',
  ].join('\n');

export async function runCli(ctx: BenchContext): Promise<SectionResult> {
  const title = '6. Command line (bin/qinggao.mjs)';
  const bin = join(ctx.root, 'bin/qinggao.mjs');
  if (!existsSync(join(ctx.root, 'dist/cli/qinggao.cjs'))) {
    return { title, markdown: 'skipped: no build (run `npm run build:cli`).', targets: [{ target: `CLI one small file ≤ ${CLI_START_TARGET}× node -e 0`, measured: 'skipped: no build', met: undefined }] };
  }
  const textFile = join(sharedDir(ctx.root), 'seeds/003_3bff632dc2e1cae2.txt');
  const htmlFile = join(ctx.root, 'test/pages/gongwenhui-anquan-shengchan/page.html');
  const runs = ctx.quick ? 5 : 21;
  // The command's code cache (bin/load-bundle.mjs) in a folder of the bench's own, made by the
  // first (memory) run of each case; the first call after a build has none: a case of its own,
  // with a cache folder that cannot be made.
  const cacheHome = mkdtempSync(join(tmpdir(), 'qinggao-bench-cache-'));
  const cpuPreload = join(cacheHome, 'report-cpu.cjs');
  writeFileSync(cpuPreload, REPORT_CPU);
  const plain = plainEnv(process.env);
  const cached = { ...plain, XDG_CACHE_HOME: cacheHome };
  const uncached = { ...plain, XDG_CACHE_HOME: join(textFile, 'no-cache-here') };
  const cases: [string, string[], NodeJS.ProcessEnv][] = [
    ['node -e 0 (bare start)', ['-e', '0'], cached],
    [`qinggao a text (seed, ${bytes(readFileSync(textFile).length)})`, [bin, textFile], cached],
    [`qinggao an HTML page (${bytes(readFileSync(htmlFile).length)})`, [bin, htmlFile], cached],
    [`qinggao --json, the same page`, [bin, '--json', htmlFile], cached],
    [`qinggao the text, no code cache (a first call)`, [bin, textFile], uncached],
  ];
  const withCache = cases.length - 1; // the cases the target is about
  const extraCertificates = process.env.NODE_EXTRA_CA_CERTS ? { ...process.env, XDG_CACHE_HOME: cacheHome } : undefined;
  const wall = cases.map(() => [] as number[]);
  const cpu = cases.map(() => [] as number[]);
  const bareWithCertificates: number[] = [];
  const rss = cases.map(([, args, env]) => run(args, ctx.root, 'memory', env).maxRssKb); // and warms the file cache
  for (let i = 0; i < runs; i++) {
    cases.forEach(([, args, env], c) => wall[c]!.push(run(args, ctx.root, 'wall', env).ms));
    cases.forEach(([, args, env], c) => cpu[c]!.push(run(args, ctx.root, 'cpu', env, cpuPreload).cpuMs));
    if (extraCertificates) bareWithCertificates.push(run(['-e', '0'], ctx.root, 'cpu', extraCertificates, cpuPreload).cpuMs);
  }
  rmSync(cacheHome, { recursive: true, force: true });
  const bareWall = median(wall[0]!);
  const bareCpu = median(cpu[0]!);
  const rows = cases.map(([name], c) => [
    name,
    ms(median(wall[c]!)),
    c === 0 ? '1×' : ratio(median(wall[c]!) / bareWall),
    ms(median(cpu[c]!)),
    c === 0 ? '1×' : ratio(median(cpu[c]!) / bareCpu),
    bytes(rss[c]! * 1024),
  ]);
  const targetCases = cases.slice(1, withCache).map((_, c) => c + 1);
  const worstWall = Math.max(...targetCases.map((c) => median(wall[c]!) / bareWall));
  const worstCpu = Math.max(...targetCases.map((c) => median(cpu[c]!) / bareCpu));

  // Many FILEs in one call: the output is written file by file, so memory should not grow with the count.
  const manyRows: string[][] = [];
  const dir = mkdtempSync(join(tmpdir(), 'qinggao-bench-cli-'));
  try {
    const counts = ctx.quick ? [1, 1_000] : [1, 1_000, 10_000];
    const names: string[] = [];
    for (let i = 0; i < counts.at(-1)!; i++) {
      names.push(`${String(i).padStart(5, '0')}.txt`);
      writeFileSync(join(dir, names[i]!), speechFile(i));
    }
    for (const n of counts) {
      ctx.log(`6. --json with ${n} files`);
      const r = run([bin, '--json', ...names.slice(0, n)], dir, 'memory', plain);
      manyRows.push([String(n), r.status === 0 ? ms(r.ms) : `exit ${r.status}`, ms(r.ms / n), bytes(r.maxRssKb * 1024)]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const markdown = [
    `Whole processes spawned from the bench, median of ${runs} of each kind, the cases interleaved so each sees the same`,
    'load: wall time, and the CPU time the process used (user + system, all its threads, from `process.cpuUsage()` at',
    'exit in runs of their own with a small CommonJS preload; every case, `node -e 0` included, has it). A busy machine',
    'stretches wall time far more than CPU time. Peak memory is the process\'s VmHWM (maxRSS), from one more run.',
    'Every call runs without NODE_EXTRA_CA_CERTS (see below). The text is a seed, the page a saved template page.',
    'The command keeps V8\'s code cache of its bundle (bin/load-bundle.mjs): the last row is a call without it, as the first after a build.',
    '',
    table(['call', 'wall (median)', 'vs node -e 0', 'CPU (median)', 'vs node -e 0', 'maxRSS'], rows),
    ...(bareWithCertificates.length
      ? [
          '',
          `This machine sets NODE_EXTRA_CA_CERTS: with it, \`node -e 0\` alone takes ${ms(median(bareWithCertificates))} of CPU (${ratio(median(bareWithCertificates) / bareCpu)} the`,
          'plain start), as every node start reads those certificates first; measured against that, the command would look',
          'far cheaper than it is for a user without them, so it is left out of every timed call above.',
        ]
      : []),
    '',
    `Many FILEs in one \`qinggao --json\` call (short speeches, one per file; output to /dev/null):`,
    '',
    table(['files', 'wall time', 'per file', 'maxRSS'], manyRows),
  ].join('\n');
  return {
    title,
    markdown,
    targets: [
      {
        target: `CLI one small file ≤ ${CLI_START_TARGET}× node -e 0 (wall and CPU time)`,
        measured: `wall ${ratio(worstWall)}, CPU ${ratio(worstCpu)} (worst of text, page, page --json, code cache made; a first call: wall ${ratio(median(wall[withCache]!) / bareWall)}, CPU ${ratio(median(cpu[withCache]!) / bareCpu)}; node -e 0: ${ms(bareWall)} wall, ${ms(bareCpu)} CPU)`,
        met: worstWall <= CLI_START_TARGET && worstCpu <= CLI_START_TARGET,
      },
    ],
  };
}
