#!/usr/bin/env node
// Builds the extension for Chrome and Firefox (dist/chrome/, dist/firefox/) with vite.config.ts,
// checks that nothing a store would reject slipped into the output (eval, remote code, the dev
// server's loader, files pages could probe) and that every injected file is there, and packs dist/qinggao-<browser>-<version>.zip with manifest.json at the root.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { zipFiles } from './zip-writer.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BROWSERS = ['chrome', 'firefox'];

// What must never ship: dynamic code, the crxjs/Vite dev-server client, remote script URLs.
const FORBIDDEN = [
  // any eval call, window.eval too; re2js's prefilter has a method named eval (defined as
  // `eval(t,n){`, called as `this.prefilter.eval(` and `this.subs[e].eval(`), which is no eval
  [/(?<!(?:\]|this\.prefilter)\.)(?<![\w$])eval\s*\((?![^()]*\)\s*\{)/, 'eval('],
  [/\bnew\s+Function\s*\(/, 'new Function('],
  [/@vite\/client|@vite\/env|\/@crx\/|import\.meta\.hot/, 'Vite/crxjs dev-server code'],
  [/https?:\/\/localhost[:/]/, 'a localhost URL'],
  [/<script[^>]+src=["']https?:/i, 'a remote <script>'],
];

function filesUnder(dir) {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    })
    .sort();
}

function checkOutput(browser, dir) {
  const problems = [];
  for (const file of filesUnder(dir)) {
    if (!/\.(m?js|html)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    for (const [pattern, what] of FORBIDDEN) if (pattern.test(text)) problems.push(`${relative(root, file)}: ${what}`);
    // the files the background and the popup inject (src/shared/engine-files.ts) are named as strings
    for (const [, injected] of text.matchAll(/["'`](src\/content\/[\w-]+\.js)["'`]/g)) {
      if (!existsSync(join(dir, injected))) problems.push(`${relative(root, file)}: injects ${injected}, which is not in the build`);
    }
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  // injected scripts need no such entry; a listed file would let any page probe for the extension
  if (manifest.web_accessible_resources) problems.push('manifest: web_accessible_resources');
  if (browser === 'firefox' && manifest.background?.service_worker) problems.push('firefox manifest: background.service_worker');
  if (browser === 'chrome' && manifest.browser_specific_settings) problems.push('chrome manifest: browser_specific_settings');
  for (const resource of manifest.web_accessible_resources ?? []) {
    if (browser === 'firefox' && 'use_dynamic_url' in resource) problems.push('firefox manifest: use_dynamic_url');
  }
  if (problems.length) {
    throw new Error(`dist/${browser} is not fit to ship:\n  ${problems.join('\n  ')}`);
  }
  return manifest;
}

const sizes = [];
for (const browser of BROWSERS) {
  await build({ root, configFile: join(root, 'vite.config.ts'), mode: browser, logLevel: 'warn' });
  const dir = join(root, 'dist', browser);
  const manifest = checkOutput(browser, dir);
  const files = filesUnder(dir).map((file) => ({ name: relative(dir, file).split(sep).join('/'), data: readFileSync(file) }));
  const zipPath = join(root, 'dist', `qinggao-${browser}-${manifest.version}.zip`);
  writeFileSync(zipPath, zipFiles(files));
  const unpacked = files.reduce((sum, file) => sum + file.data.length, 0);
  sizes.push(`${relative(root, zipPath)}  ${(statSync(zipPath).size / 1024).toFixed(1)} KiB (${files.length} files, ${(unpacked / 1024).toFixed(1)} KiB unpacked)`);
}
console.log(sizes.join('\n'));
