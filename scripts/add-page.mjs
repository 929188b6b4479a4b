#!/usr/bin/env node
// Adds a saved page to the corpus (npm run add-page -- FILE.html --host HOST [--slug NAME]):
// copies it to test/pages/<slug>/page.html byte for byte (a GBK page stays GBK) and writes a
// draft gold.json from what the analyzer makes of it today. The draft carries a "note" that
// starts with DRAFT; test/pages.test.ts fails until someone has checked every field against
// docs/outline-rules.md and docs/noise.md and deleted the note — gold copied from the engine
// would only ever confirm the engine's mistakes.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PAGES = join(ROOT, 'test', 'pages');
const CLI = join(ROOT, 'bin', 'qinggao.mjs');
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const USAGE = 'usage: node scripts/add-page.mjs FILE.html --host HOST [--slug NAME]';

function fail(message, code = 1) {
  console.error(`add-page: ${message}`);
  process.exit(code);
}

function parseArgs(argv) {
  const options = { file: undefined, host: undefined, slug: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg === '--host' || arg === '--slug') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) fail(`${arg} needs a value\n${USAGE}`, 2);
      options[arg.slice(2)] = value;
    } else if (arg.startsWith('--host=') || arg.startsWith('--slug=')) {
      const [key, value] = arg.slice(2).split(/=(.*)/s);
      options[key] = value;
    } else if (arg.startsWith('--')) {
      fail(`unknown option ${arg}\n${USAGE}`, 2);
    } else if (options.file) {
      fail(`one page at a time (got ${options.file} and ${arg})`, 2);
    } else {
      options.file = arg;
    }
  }
  if (!options.file || !options.host) fail(USAGE, 2);
  return options;
}

/** "www.gongwenhui.com" + "安全生产讲话 (1).html" -> "gongwenhui-1"; ASCII-only, kebab-case. */
function defaultSlug(host, file) {
  const site = host.toLowerCase().replace(/^(www|m|mip|wap)\./, '').split('.')[0] ?? 'page';
  const stem = basename(file, extname(file)).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return [site.replace(/[^a-z0-9]+/g, '-'), stem || 'page'].join('-').replace(/-+/g, '-');
}

const squeeze = (s) => String(s ?? '').replace(/\s+/g, '');

/** Gold in the contract's shape, from the analyzer's current answer. */
function draftGold(analysis, host) {
  const paragraphs = analysis.paragraphs ?? [];
  const goldText = squeeze(analysis.title) + paragraphs.map(squeeze).join('');
  // Noise must never be gold text (a removed duplicate title is, for one): keep the rest, once.
  const noise = [...new Set((analysis.removed ?? []).map((r) => String(r.text).trim()))].filter(
    (text) => squeeze(text) !== '' && !goldText.includes(squeeze(text)),
  );
  return {
    host,
    isSpeech: Boolean(analysis.isSpeech),
    title: analysis.title ?? '',
    noise,
    paragraphs,
    outline: analysis.isSpeech ? (analysis.outline ?? []).map(({ level, marker, text }) => ({ level, marker, text })) : [],
    note:
      `DRAFT written by scripts/add-page.mjs from the analyzer on ${new Date().toISOString().slice(0, 10)}. ` +
      'Review every field by hand against docs/outline-rules.md and docs/noise.md (title, every paragraph, ' +
      'each noise string really on the page, outline markers, texts and levels, optional only where debatable), ' +
      'then delete this note.',
  };
}

const options = parseArgs(process.argv.slice(2));
const source = resolve(options.file);
if (!existsSync(source)) fail(`no such file: ${options.file}`, 2);
if (!/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(options.host)) fail(`not a host name: ${options.host}`, 2);
const slug = options.slug ?? defaultSlug(options.host, source);
if (!SLUG.test(slug)) fail(`slug "${slug}" must be lower-case kebab-case (a-z, 0-9, -); pass --slug NAME`, 2);

const caseDir = join(PAGES, slug);
if (existsSync(caseDir)) fail(`test/pages/${slug} already exists; not overwriting it (pick another --slug)`);
if (!existsSync(CLI)) fail('bin/qinggao.mjs is missing', 2);

const run = spawnSync(process.execPath, [CLI, '--json', '--host', options.host, source], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
if (run.status !== 0) fail(`the analyzer failed on ${options.file}: ${(run.stderr || run.stdout).trim().split('\n')[0]}`);
let analysis;
try {
  analysis = JSON.parse(run.stdout);
} catch {
  fail('the analyzer did not print JSON');
}

mkdirSync(caseDir, { recursive: true });
copyFileSync(source, join(caseDir, 'page.html'));
const gold = draftGold(analysis, options.host);
writeFileSync(join(caseDir, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');

console.log(`added test/pages/${slug}/page.html and a DRAFT gold.json`);
console.log(`  isSpeech=${gold.isSpeech} title="${gold.title}" paragraphs=${gold.paragraphs.length} outline=${gold.outline.length} noise=${gold.noise.length}`);
console.log('Now review gold.json by hand and delete its "note"; until then test/pages.test.ts fails on purpose.');
console.log('A host that is not a known template site needs "templateSite": false in gold.json.');
