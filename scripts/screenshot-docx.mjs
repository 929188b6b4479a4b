#!/usr/bin/env node
// `npm run screenshots:docx`: the README's picture of an exported .docx, as LibreOffice renders
// it. Exports a saved page's cleaned speech with the built CLI (`qinggao --docx`), converts it to
// PDF with `soffice --headless`, and writes page 1 as docs/screenshots/docx-page1.png
// (`pdftoppm -png -r 60 -f 1 -l 1`). The 公文 fonts (仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体)
// are not installed here: a throw-away fontconfig file maps them to Noto CJK so the picture shows
// serif and sans where Word would; the document itself still names the 公文 fonts.
// Never run by `npm test`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PAGE = join(root, 'test/pages/gwyoo-dangjian-table/page.html');
const OUT = join(root, 'docs/screenshots/docx-page1.png');

const FONT_STANDINS = {
  仿宋_GB2312: 'Noto Serif CJK SC',
  楷体_GB2312: 'Noto Serif CJK SC',
  宋体: 'Noto Serif CJK SC',
  方正小标宋简体: 'Noto Serif CJK SC',
  黑体: 'Noto Sans CJK SC',
};

function fontconfig() {
  const aliases = Object.entries(FONT_STANDINS)
    .map(([family, standIn]) => `  <alias binding="same"><family>${family}</family><prefer><family>${standIn}</family></prefer></alias>`)
    .join('\n');
  return `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n${aliases}\n</fontconfig>\n`;
}

for (const tool of ['soffice', 'pdftoppm']) {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
  } catch {
    console.error(`screenshots:docx needs ${tool} (Debian: libreoffice-writer-nogui, poppler-utils)`);
    process.exit(2);
  }
}
if (!existsSync(join(root, 'dist/cli/qinggao.cjs'))) execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: root, stdio: 'inherit' });

const work = mkdtempSync(join(tmpdir(), 'qinggao-docx-shot-'));
try {
  const docx = join(work, 'speech.docx');
  execFileSync(process.execPath, [join(root, 'bin/qinggao.mjs'), '--docx', docx, PAGE], { stdio: 'ignore' });
  writeFileSync(join(work, 'fonts.conf'), fontconfig());
  execFileSync(
    'soffice',
    ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--convert-to', 'pdf', '--outdir', work, docx],
    { env: { ...process.env, FONTCONFIG_FILE: join(work, 'fonts.conf') }, stdio: 'ignore', timeout: 180_000 },
  );
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', join(work, 'speech.pdf'), join(work, 'page1')]);
  mkdirSync(dirname(OUT), { recursive: true });
  copyFileSync(join(work, 'page1.png'), OUT);
  console.log(`wrote ${OUT.slice(root.length + 1)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
