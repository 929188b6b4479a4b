#!/usr/bin/env node
// Which DOM library the CLI parses pages with: linkedom, happy-dom or jsdom, timed on the same
// work the CLI does (parse, then extract the article with the static hidden check) over the
// 130 non-speech pages of ../shared/corpus/web-pages and the saved template pages in
// test/pages. It also checks what the static hidden check needs from a DOM (a probe page whose
// answer is known) and how often each library's blocks equal jsdom's (jsdom parses to the
// HTML standard, so it is the reference for the tree).
//
//   node bench/dom-libraries.mjs [--runs=N]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 1);

const load = async (file) => (await runnerImport(join(root, file), { root, configFile: false, logLevel: 'error' })).module;
const { extractPage } = await load('src/dom/extract.ts');
const { createStaticIsHidden } = await load('src/dom/hidden-static.ts');
const { decodeHtmlBytes } = await load('src/dom/decode.ts');

const { parseHTML } = await import('linkedom');
const { Window } = await import('happy-dom');
const { JSDOM } = await import('jsdom');

// Each parser returns the document and a way to let it go: jsdom windows and happy-dom
// documents stay reachable until closed, and 150 pages of them exhaust the heap otherwise.
const HAPPY_SETTINGS = {
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  handleDisabledFileLoadingAsSuccess: true,
};
const libraries = {
  linkedom: (html) => ({
    document: parseHTML(/<html[\s>]/i.test(html) ? html : `<html><head></head><body>${html}</body></html>`).document,
    dispose() {},
  }),
  'happy-dom': (html) => {
    // a real base URL: links such as <link rel=preload href="/x"> need one
    const window = new Window({ url: 'https://localhost/', settings: HAPPY_SETTINGS });
    return { document: new window.DOMParser().parseFromString(html, 'text/html'), dispose: () => window.happyDOM.close() };
  },
  jsdom: (html) => {
    const { window } = new JSDOM(html);
    return { document: window.document, dispose: () => window.close() };
  },
};

function pagesIn(dir, file) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((slug) => existsSync(join(dir, slug, file)))
    .map((slug) => ({ name: slug, html: decodeHtmlBytes(readFileSync(join(dir, slug, file))) }));
}
const corpus = pagesIn(join(root, '../shared/corpus/web-pages'), 'source.html');
const templates = pagesIn(join(root, 'test/pages'), 'page.html');
const pages = [...corpus, ...templates];
if (pages.length === 0) {
  console.error('no pages found (../shared/corpus/web-pages, test/pages)');
  process.exit(2);
}

// What the static hidden check reads from a DOM: attributes, <style> text, parents, text nodes.
const PROBE = `<html><head><style>.jm{display:none} #c span.w{color:#fff}</style></head><body><div id="c" class="content">
  <p>要聚焦<span class="jm">甲</span>道路<span style="font-size:0">乙</span>交通<font color="#FFFFFF">丙</font><span class="w">丁</span><span hidden>戊</span><font class="jammer">己</font>、建筑施工等重点领域。</p>
  <p>今天召开全县安全生产工作会议。</p></div></body></html>`;
function probe(parse) {
  const { document: doc, dispose } = parse(PROBE);
  const page = extractPage(doc, { isHidden: createStaticIsHidden(doc) });
  dispose();
  return page.blocks[0]?.text === '要聚焦道路交通、建筑施工等重点领域。' && page.hidden.map((h) => h.text).join('') === '甲乙丙丁戊己';
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const blocksKey = (page) => page.blocks.map((b) => b.text.replace(/\s+/g, ' ').trim()).join('\n');

const results = {};
const reference = new Map();
for (const [name, parse] of Object.entries(libraries)) {
  const parseMs = [];
  const extractMs = [];
  const keys = new Map();
  let failures = 0;
  for (let run = 0; run < runs; run++) {
    for (const page of pages) {
      try {
        const t0 = performance.now();
        const { document: doc, dispose } = parse(page.html);
        const t1 = performance.now();
        const extracted = extractPage(doc, { isHidden: createStaticIsHidden(doc) });
        const t2 = performance.now();
        await dispose();
        parseMs.push(t1 - t0);
        extractMs.push(t2 - t1);
        if (run === 0) keys.set(page.name, blocksKey(extracted));
      } catch (error) {
        if (run === 0) failures++;
        if (run === 0) console.error(`${name}: ${page.name}: ${error.message}`);
      }
    }
  }
  if (name === 'jsdom') for (const [k, v] of keys) reference.set(k, v);
  const totals = parseMs.map((p, i) => p + extractMs[i]);
  results[name] = {
    parse: parseMs.reduce((a, b) => a + b, 0) / runs,
    extract: extractMs.reduce((a, b) => a + b, 0) / runs,
    median: median(totals),
    max: Math.max(...totals),
    failures,
    probe: probe(parse),
    keys,
  };
}

const pad = (s, n) => String(s).padStart(n);
console.log(`${pages.length} pages (${corpus.length} corpus + ${templates.length} template), ${runs} run(s), Node ${process.version}\n`);
console.log('library      parse ms  extract ms  total ms  median ms  slowest ms  errors  hidden probe  blocks = jsdom');
for (const [name, r] of Object.entries(results)) {
  const same = [...r.keys].filter(([k, v]) => reference.get(k) === v).length;
  console.log(
    name.padEnd(11) + pad(r.parse.toFixed(0), 10) + pad(r.extract.toFixed(0), 12) + pad((r.parse + r.extract).toFixed(0), 10) +
      pad(r.median.toFixed(1), 11) + pad(r.max.toFixed(0), 12) + pad(r.failures, 8) + pad(r.probe ? 'pass' : 'FAIL', 14) + pad(`${same}/${pages.length}`, 15),
  );
}
for (const [name, r] of Object.entries(results)) {
  const differ = [...r.keys].filter(([k, v]) => reference.get(k) !== v).map(([k]) => k);
  if (differ.length) console.log(`\n${name}: blocks differ from jsdom's on ${differ.join(', ')}`);
}
