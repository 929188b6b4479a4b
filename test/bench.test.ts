// Smoke checks for the bench's own helpers (no timing here: speed is measured by `npm run bench`).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_CASES, repeatToBytes } from '../bench/adversarial-inputs';
import { manifestParts, reachableFiles, type FileReader } from '../bench/bundle-files';
import { extensionMainThreadMs, extensionThreadMs, type TraceEvent } from '../bench/extension-time';
import { floorVariant } from '../bench/floor-variant';
import { table } from '../bench/format';
import { MB, median, utf8Bytes } from '../bench/measure';
import { ENGINE_FILE, FIRST_STAGE_FILE, singleStageVariant } from '../bench/single-stage';
import { seedParagraphs, syntheticSpeechPack } from '../bench/synthetic-speech';

const SEED = [
  '仅供学习 禁止外传',
  '在局机关上半年工作总结会上的讲话',
  '同志们：',
  '今天，我们组织召开上半年工作汇报会。原计划在6月底就要召开的会议，因防汛工作的影响，一直推迟到今天才召开。',
  '一、关于上半年主要工作',
  '一是推动疫情防控积极作为。疫情发生后，工委迅速发出抗疫动员令，组织机关党员下沉社区，全力做好防控工作。',
  '（一）深入学习宣传贯彻全会精神。习近平新时代中国特色社会主义思想是行动指南，要在学懂弄通做实上下功夫。',
].join('\n');

describe('bench helpers', () => {
  it('takes the median of odd and even lists without reordering the input', () => {
    const values = [5, 1, 3];
    expect(median(values)).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(values).toEqual([5, 1, 3]);
    expect(median([])).toBeNaN();
  });

  it('builds speech packs of the asked size from seed paragraphs, with outline markers and glued noise', () => {
    const paragraphs = seedParagraphs([SEED]);
    expect(paragraphs.every((p) => p.length >= 40)).toBe(true);
    expect(paragraphs.some((p) => p.startsWith('一是') || p.startsWith('（一）'))).toBe(false);
    const pack = syntheticSpeechPack(paragraphs, 100 * 1024);
    expect(utf8Bytes(pack)).toBeGreaterThanOrEqual(100 * 1024);
    expect(utf8Bytes(pack)).toBeLessThan(101 * 1024);
    for (const marker of [/^一、/m, /^（一）/m, /^1\. /m, /^一是/m, /^同志们：$/m, /公文汇/, /^仅供学习 禁止外传$/m]) {
      expect(pack).toMatch(marker);
    }
  });

  it('makes every adversarial input about 1 MB', () => {
    expect(utf8Bytes(repeatToBytes('一、'))).toBeGreaterThanOrEqual(MB);
    for (const adversarial of ADVERSARIAL_CASES) {
      const input = adversarial.build();
      expect(utf8Bytes(input.text), adversarial.name).toBeGreaterThanOrEqual(MB - 8);
      expect(utf8Bytes(input.text), adversarial.name).toBeLessThan(1.2 * MB);
    }
    const nested = ADVERSARIAL_CASES.find((c) => c.build().kind === 'html')!;
    expect(nested.build().text.match(/<div>/g)).toHaveLength(10_000);
    // a quarter of the size, to see how time grows
    expect(nested.build(MB / 4).text.match(/<div>/g)).toHaveLength(2_500);
    for (const adversarial of ADVERSARIAL_CASES) {
      const quarter = utf8Bytes(adversarial.build(MB / 4).text);
      expect(quarter, adversarial.name).toBeGreaterThanOrEqual(MB / 4 - 8);
      expect(quarter, adversarial.name).toBeLessThan(0.3 * MB);
    }
  });

  it('follows a manifest to every file each extension part loads', () => {
    const files: Record<string, string> = {
      'manifest.json': '{}',
      'assets/loader.js': '(function(){import(chrome.runtime.getURL("assets/content.js"))})()',
      'assets/content.js': 'import{a}from"./core.js";const u="assets/missing.js";',
      'assets/core.js': 'export const a=1;',
      'service-worker-loader.js': "import './assets/background.js';",
      'assets/background.js': 'import{a}from"./core.js";',
      'src/popup/index.html':
        '<script type="module" crossorigin src="/assets/popup.js"></script><link rel="stylesheet" href="/assets/popup.css"><link rel="icon" href="/icon.png">',
      'assets/popup.js':
        'import"./core.js";const m=["assets/popup.css"];' +
        // Vite's preload list for a dynamic import whose chunk imports another: fetched with that import only
        'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/docx.js","assets/docx-shared.js"])))=>i.map(i=>d[i]);' +
        'async function w(){await p(()=>import(`./docx.js`),__vite__mapDeps([0,1]))}',
      'assets/docx.js': 'import"./docx-shared.js";export const d=1;',
      'assets/docx-shared.js': 'export const s=1;',
      'assets/popup.css': 'body{}',
      'icon.png': '',
    };
    const reader: FileReader = { exists: (p) => p in files, read: (p) => files[p]! };
    const parts = manifestParts({
      content_scripts: [{ js: ['assets/loader.js'] }],
      background: { service_worker: 'service-worker-loader.js' },
      action: { default_popup: 'src/popup/index.html' },
    });
    expect(reachableFiles(parts.contentScripts, reader).sort()).toEqual(['assets/content.js', 'assets/core.js', 'assets/loader.js']);
    expect(reachableFiles(parts.background, reader).sort()).toEqual(['assets/background.js', 'assets/core.js', 'service-worker-loader.js']);
    expect(reachableFiles(parts.popup, reader).sort()).toEqual(['assets/core.js', 'assets/docx-shared.js', 'assets/docx.js', 'assets/popup.css', 'assets/popup.js', 'src/popup/index.html']);
    // before its first paint the popup loads everything but the chunk it imports on a click and that chunk's preload list
    expect(reachableFiles(parts.popup, reader, { dynamicImports: false }).sort()).toEqual(['assets/core.js', 'assets/popup.css', 'assets/popup.js', 'src/popup/index.html']);
    // a CRXJS loader's import(chrome.runtime.getURL(…)) is how the content script starts: still followed
    expect(reachableFiles(parts.contentScripts, reader, { dynamicImports: false })).toContain('assets/content.js');
  });

  it('renders Markdown tables and escapes pipes in cells', () => {
    expect(table(['a', 'b'], [['1', 'x|y']])).toBe('| a | b |\n| --- | --- |\n| 1 | x\\|y |');
  });

  it('counts only the main-thread CPU samples of a page renderer that sit in extension code', () => {
    const page = 'http://www.gongwenhui.com/page.html';
    const extension = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/src/content/index.js';
    const nodes = [
      { id: 1, callFrame: { url: '' } }, // (root)
      { id: 2, parent: 1, callFrame: { url: page } },
      { id: 3, parent: 1, callFrame: { url: extension } },
      { id: 4, parent: 3, callFrame: { url: '' } }, // native call made by the content script
      { id: 5, callFrame: { url: '' } }, // (idle)
    ];
    const chunk = (pid: number, tid: number, samples: number[], deltas: number[]): TraceEvent => ({
      name: 'ProfileChunk', ph: 'P', pid, tid, id: '0x1',
      args: { data: { cpuProfile: { nodes, samples }, timeDeltas: deltas } },
    });
    const events: TraceEvent[] = [
      { name: 'thread_name', ph: 'M', pid: 10, tid: 11, args: { name: 'CrRendererMain' } },
      { name: 'thread_name', ph: 'M', pid: 10, tid: 12, args: { name: 'v8:ProfEvntProc' } },
      { name: 'thread_name', ph: 'M', pid: 20, tid: 21, args: { name: 'ServiceWorker thread' } },
      { name: 'Profile', ph: 'P', pid: 10, tid: 11, id: '0x1' },
      // samples: page, extension, extension's native call, idle, page; 1 ms apart
      chunk(10, 12, [2, 3, 4, 5, 2], [0, 1000, 1000, 1000, 1000]),
      { name: 'v8.compile', ph: 'X', pid: 10, tid: 11, dur: 500, args: { data: { url: extension } } },
      // the service worker runs extension code too, but not on the page's main thread
      { name: 'Profile', ph: 'P', pid: 20, tid: 21, id: '0x1' },
      chunk(20, 21, [3, 3, 3], [0, 1000, 1000]),
    ];
    expect(extensionMainThreadMs(events)).toBeCloseTo(2.5, 5);
    expect(extensionMainThreadMs(events.filter((e) => e.name !== 'Profile' || e.pid !== 10))).toBeCloseTo(0.5, 5);
  });

  it('sums the thread time of the outermost extension script events on a page renderer\'s main thread', () => {
    const page = 'http://www.gongwenhui.com/page.html';
    const extension = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/src/content/first-stage.js';
    const run = (name: string, ts: number, dur: number, tdur: number | undefined, url: string, tid = 11): TraceEvent => ({
      name, ph: 'X', pid: 10, tid, ts, dur, ...(tdur === undefined ? {} : { tdur }), args: { data: { url } },
    });
    const events: TraceEvent[] = [
      { name: 'thread_name', ph: 'M', pid: 10, tid: 11, args: { name: 'CrRendererMain' } },
      { name: 'thread_name', ph: 'M', pid: 10, tid: 12, args: { name: 'DedicatedWorker thread' } },
      // the script's evaluation: 3 ms of wall time, 2 ms on the CPU; its compile inside is in it already
      run('EvaluateScript', 1000, 3000, 2000, extension),
      run('v8.compile', 1100, 500, 400, extension),
      // the page's own script and a worker's extension code are not the content script's
      run('EvaluateScript', 5000, 9000, 9000, page),
      run('FunctionCall', 6000, 4000, 4000, extension, 12),
      // a listener called later; a compile outside any evaluation; an event with no thread time
      run('FunctionCall', 20000, 800, 600, extension),
      run('v8.compile', 25000, 300, 250, extension),
      run('EvaluateScript', 30000, 700, undefined, extension),
      // other events, even with an extension URL, are not script runs
      run('ParseHTML', 40000, 5000, 5000, extension),
    ];
    expect(extensionThreadMs(events)).toBeCloseTo(2 + 0.6 + 0.25 + 0.7, 5);
    // in any order
    expect(extensionThreadMs([...events].reverse())).toBeCloseTo(3.55, 5);
  });

  it('makes the two variants of a build: the engine declared in place of the first stage, and the floor', () => {
    const root = mkdtempSync(join(tmpdir(), 'qinggao-variants-'));
    try {
      const build = join(root, 'chrome');
      mkdirSync(join(build, 'src/content'), { recursive: true });
      const manifest = { content_scripts: [{ js: [FIRST_STAGE_FILE], run_at: 'document_idle' }, { js: ['src/content/document-start.js'] }] };
      writeFileSync(join(build, 'manifest.json'), JSON.stringify(manifest));
      writeFileSync(join(build, FIRST_STAGE_FILE), 'first stage');
      writeFileSync(join(build, ENGINE_FILE), 'engine');
      const cache = join(root, 'cache');

      const single = singleStageVariant(build, cache)!;
      expect(JSON.parse(readFileSync(join(single, 'manifest.json'), 'utf8')).content_scripts.map((c: { js: string[] }) => c.js)).toEqual([[ENGINE_FILE], ['src/content/document-start.js']]);
      const floor = floorVariant(build, cache)!;
      expect(readFileSync(join(floor, 'manifest.json'), 'utf8')).toBe(JSON.stringify(manifest));
      const floorStage = readFileSync(join(floor, FIRST_STAGE_FILE), 'utf8');
      expect(floorStage).toContain('onMessage.addListener');
      expect(floorStage).toContain("setAttribute('data-qinggao', 'analyzed')");
      // the build itself is left as it was, and a second run starts from a fresh copy
      expect(readFileSync(join(build, FIRST_STAGE_FILE), 'utf8')).toBe('first stage');
      writeFileSync(join(floor, 'left-over'), '');
      expect(() => readFileSync(join(floorVariant(build, cache)!, 'left-over'))).toThrow();
      // a build with no first stage has no floor
      rmSync(join(build, FIRST_STAGE_FILE));
      expect(floorVariant(build, cache)).toBeUndefined();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
