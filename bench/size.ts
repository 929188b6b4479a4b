// Section 5: what each built extension part weighs, raw and gzipped, against the budgets.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { manifestParts, reachableFiles, type FileReader } from './bundle-files';
import { bytes, metMark, table } from './format';
import type { BenchContext, SectionResult, TargetCheck } from './section';
import { ENGINE_FILE } from './single-stage';

/** What every template page loads: the first stage and the copy guards (issue 11: ≤ 5 KB). */
export const CONTENT_SCRIPT_BUDGET_GZIP = 5 * 1024;
/** Injected only where needed (single-stage.ts names the engine): reported, no budget. */
const INJECTED_PARTS: [string, string][] = [
  ['content engine (injected)', ENGINE_FILE],
  ['RE2 (injected for regex rules only)', 'src/content/re2-chunk.js'],
];
export const POPUP_BUDGET_GZIP = 40 * 1024;

function diskReader(dir: string): FileReader {
  return {
    exists: (path) => existsSync(join(dir, path)) && statSync(join(dir, path)).isFile(),
    read: (path) => readFileSync(join(dir, path), 'utf8'),
  };
}

type MinifySync = (file: string, code: string, options: { compress: boolean; mangle: boolean }) => { code: string };

/** oxc's minifier comes with Vite's bundler (rolldown), not as a dependency of ours: optional. */
let minifySync: MinifySync | undefined;

/** gzip of the file after oxc's minifier: what a minified build would weigh (JS only). */
function minifiedGzip(file: string, content: Buffer): number {
  if (!/\.m?js$/.test(file)) return gzipSync(content, { level: 9 }).length;
  if (!minifySync) return NaN;
  try {
    const { code } = minifySync(file, content.toString('utf8'), { compress: true, mangle: true });
    return gzipSync(code, { level: 9 }).length;
  } catch {
    return NaN;
  }
}

function weigh(dir: string, files: string[]) {
  let raw = 0;
  let gzip = 0;
  let minified = 0;
  for (const file of files) {
    const content = readFileSync(join(dir, file));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
    minified += minifiedGzip(file, content);
  }
  return { raw, gzip, minified };
}

export async function runSize(ctx: BenchContext): Promise<SectionResult> {
  minifySync ??= await import('rolldown/utils').then((m) => m.minifySync as MinifySync).catch(() => undefined);
  const dir = join(ctx.root, 'dist/chrome');
  const title = '5. Size (dist/chrome)';
  if (!existsSync(join(dir, 'manifest.json'))) {
    return {
      title,
      markdown: 'skipped: no build (run `npm run build:ext`).',
      targets: [
        { target: 'content script (first stage) ≤ 5 KB gzip', measured: 'skipped: no build', met: undefined },
        { target: 'popup ≤ 40 KB gzip (with Preact)', measured: 'skipped: no build', met: undefined },
      ],
    };
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Parameters<typeof manifestParts>[0] & { version?: string };
  const parts = manifestParts(manifest);
  const reader = diskReader(dir);
  // the background and the popup name the injected files (a string each): they go into pages, not
  // into the background's or the popup's own weight
  const injected = INJECTED_PARTS.filter(([, file]) => reader.exists(file));
  const injectedFiles = injected.map(([, file]) => file);
  const own = (files: string[]) => files.filter((file) => !injectedFiles.includes(file));
  // the popup's budget is its first paint; chunks it imports on a click (下载 Word's docx code) are listed apart
  const popupFirstPaint = own(reachableFiles(parts.popup, reader, { dynamicImports: false }));
  const popupOnDemand = own(reachableFiles(parts.popup, reader)).filter((file) => !popupFirstPaint.includes(file));
  const budgets: [string, string[], number | undefined][] = [
    ['content script (first stage)', reachableFiles(parts.contentScripts, reader), CONTENT_SCRIPT_BUDGET_GZIP],
    ...injected.map(([name, file]): [string, string[], undefined] => [name, reachableFiles([file], reader), undefined]),
    ['background', own(reachableFiles(parts.background, reader)), undefined],
    ['popup', popupFirstPaint, POPUP_BUDGET_GZIP],
    ['popup, on demand', popupOnDemand, undefined],
  ];
  const targets: TargetCheck[] = [];
  const rows = budgets.map(([name, files, budget]) => {
    const { raw, gzip, minified } = weigh(dir, files);
    const met = budget === undefined || files.length === 0 ? undefined : gzip <= budget;
    if (budget !== undefined) {
      targets.push({
        target: `${name} ≤ ${bytes(budget)} gzip${name === 'popup' ? ' (with Preact)' : ''}`,
        measured: files.length
          ? `${bytes(gzip)} gzip (${bytes(raw)} raw, ${files.length} files)${gzip > budget && minified < gzip * 0.9 ? `; ${bytes(minified)} gzip if its JS were minified` : ''}`
          : 'no files found in the manifest',
        met,
      });
    }
    return [
      name,
      files.length ? files.join(', ') : '(none in manifest)',
      bytes(raw),
      bytes(gzip),
      Number.isFinite(minified) ? bytes(minified) : '—',
      budget ? `≤ ${bytes(budget)}` : '—',
      metMark(met),
    ];
  });
  const version = manifest.version ?? '';
  const distDir = join(ctx.root, 'dist');
  const zips = readdirSync(distDir)
    .filter((name) => name.startsWith('qinggao-') && name.endsWith(`-${version}.zip`))
    .sort()
    .map((name) => [name, bytes(statSync(join(distDir, name)).size)]);
  const markdown = [
    'Files reached from the manifest (entries, their imports, CRXJS loaders\' targets, the popup page\'s',
    'scripts and stylesheets; the popup\'s chunks imported on a click, such as 下载 Word\'s docx code, on a row',
    'of their own). The content script is what every template page loads: the first stage and the copy guards;',
    'the engine (injected when the first stage sees a possible speech, or on a click) and RE2 (injected only',
    'for regex rules) are rows of their own. gzip = sum of each file gzipped at level 9 by node:zlib; "gzip if minified"',
    'runs the JS through oxc\'s minifier first (rolldown/utils), to show what minifying the build would save.',
    '',
    table(['part', 'files', 'raw', 'gzip', 'gzip if minified', 'budget', 'status'], rows),
    '',
    zips.length ? table(['package', 'size'], zips) : `No dist/qinggao-*-${version}.zip packages found.`,
  ].join('\n');
  return { title, markdown, targets };
}
