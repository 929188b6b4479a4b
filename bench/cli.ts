// Section 6: the command line (bin/qinggao.mjs → dist/cli) as a user starts it. A one-file call
// against a bare `node -e 0` start, runs interleaved so both see the same machine load; then one
// call with many FILEs: wall time and the process's peak memory (maxRSS).
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

interface Run {
  ms: number;
  maxRssKb: number;
  status: number | null;
}

/** One process; its peak memory only when asked (the preload would add to the time it reports). */
function run(args: string[], cwd: string, withMemory = false, env: NodeJS.ProcessEnv = process.env): Run {
  const start = performance.now();
  const r = spawnSync(process.execPath, [...(withMemory ? ['--import', REPORT_MAX_RSS] : []), ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
  const elapsed = performance.now() - start;
  return { ms: elapsed, maxRssKb: Number(/maxRSS=(\d+)/.exec(r.stderr)?.[1] ?? NaN), status: r.status };
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
  const cached = { ...process.env, XDG_CACHE_HOME: cacheHome };
  const uncached = { ...process.env, XDG_CACHE_HOME: join(textFile, 'no-cache-here') };
  const cases: [string, string[], NodeJS.ProcessEnv][] = [
    ['node -e 0 (bare start)', ['-e', '0'], cached],
    [`qinggao a text (seed, ${bytes(readFileSync(textFile).length)})`, [bin, textFile], cached],
    [`qinggao an HTML page (${bytes(readFileSync(htmlFile).length)})`, [bin, htmlFile], cached],
    [`qinggao --json, the same page`, [bin, '--json', htmlFile], cached],
    [`qinggao the text, no code cache (a first call)`, [bin, textFile], uncached],
  ];
  const withCache = cases.length - 1; // the cases the target is about
  const times = cases.map(() => [] as number[]);
  const rss = cases.map(([, args, env]) => run(args, ctx.root, true, env).maxRssKb); // and warms the file cache
  for (let i = 0; i < runs; i++) {
    cases.forEach(([, args, env], c) => times[c]!.push(run(args, ctx.root, false, env).ms));
  }
  rmSync(cacheHome, { recursive: true, force: true });
  const bare = median(times[0]!);
  const rows = cases.map(([name], c) => [name, ms(median(times[c]!)), c === 0 ? '1×' : ratio(median(times[c]!) / bare), bytes(rss[c]! * 1024)]);
  const worstRatio = Math.max(...cases.slice(1, withCache).map((_, c) => median(times[c + 1]!) / bare));

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
      const r = run([bin, '--json', ...names.slice(0, n)], dir, true);
      manyRows.push([String(n), r.status === 0 ? ms(r.ms) : `exit ${r.status}`, ms(r.ms / n), bytes(r.maxRssKb * 1024)]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const markdown = [
    `Wall time of a whole process (spawned from the bench), median of ${runs}, the cases interleaved so each`,
    'sees the same load; peak memory is the process\'s VmHWM (maxRSS), from one more run. The text is a seed, the page a saved template page.',
    'The command keeps V8\'s code cache of its bundle (bin/load-bundle.mjs): the last row is a call without it, as the first after a build.',
    '',
    table(['call', 'median', 'vs node -e 0', 'maxRSS'], rows),
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
        target: `CLI one small file ≤ ${CLI_START_TARGET}× node -e 0`,
        measured: `${ratio(worstRatio)} (worst of text, page, page --json, code cache made; a first call ${ratio(median(times[withCache]!) / bare)}; node -e 0 ${ms(bare)})`,
        met: worstRatio <= CLI_START_TARGET,
      },
    ],
  };
}
