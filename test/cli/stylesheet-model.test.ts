// The command line's build leaves linkedom's CSS object model out (vite.cli.config.ts,
// src/cli/no-stylesheet-model.ts): the engine reads <style> text itself, and that module's load
// alone made an ICU number formatter, ~18 ms of every HTML call. An HTML page with <style> rules
// that hide a watermark is still read as before, and nothing makes a number formatter.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ensureCliBuilt } from './built-cli';

const repo = resolve(__dirname, '../..');
const bin = join(repo, 'bin/qinggao.mjs');
let dir: string;

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'qinggao-stylesheet-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('reads a page whose <style> hides a watermark without loading a CSS object model', () => {
  const page = join(dir, 'page.html');
  writeFileSync(
    page,
    `<!doctype html><html><head><meta charset="utf-8"><title>在全县安全生产工作会议上的讲话</title>
<style>.wm{display:none} p{margin:0 0 1em}</style></head><body><article>
<h1>在全县安全生产工作会议上的讲话</h1><p>同志们：</p>
<p>今天召开全县安全生产工作会议，主要任务是总结去年工作，安排今年任务。<span class="wm">公文汇 www.gongwenhui.com</span></p>
<p>一、提高政治站位，切实增强做好安全生产工作的责任感</p><p>安全生产事关人民群众生命财产安全，事关改革发展稳定大局。</p>
<p>二、突出重点领域，扎实开展隐患排查整治</p><p>要聚焦道路交通、建筑施工、危险化学品等重点领域，全面开展排查。</p>
</article></body></html>`,
  );
  // counts every number formatter made in the process, on stderr as it exits
  const counter = join(dir, 'count-number-formats.cjs');
  writeFileSync(
    counter,
    'let made=0;const N=Intl.NumberFormat;Intl.NumberFormat=function(...a){made++;return new N(...a)};' +
      'process.on("exit",()=>require("node:fs").writeSync(2,"\\nnumberFormats="+made+"\\n"));',
  );
  const r = spawnSync(process.execPath, ['--require', counter, bin, '--json', page], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: dir }, timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
  const analysis = JSON.parse(r.stdout) as { isSpeech: boolean; paragraphs: string[]; outline: { text: string }[] };
  expect(analysis.isSpeech).toBe(true);
  expect(analysis.paragraphs).toContain('今天召开全县安全生产工作会议，主要任务是总结去年工作，安排今年任务。');
  expect(analysis.paragraphs.join('\n')).not.toContain('gongwenhui');
  expect(analysis.outline.map((o) => o.text)).toContain('提高政治站位，切实增强做好安全生产工作的责任感');
  expect(/numberFormats=(\d+)/.exec(r.stderr)?.[1]).toBe('0');
});
