// The command line's build decodes entities' tables of character references natively
// (vite.cli.config.ts, src/cli/entity-tables.ts) instead of with atob and a loop V8 compiled twice
// on every HTML call. The tables are the same, and a page's references still read as before.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { htmlDecodeTree, xmlDecodeTree } from 'entities/decode';
import { expect, it } from 'vitest';
import { decodeBase64 } from '../../src/cli/entity-tables';
import { runCountingCalls } from './counting-run';

/** The base64 text entities' generated module hands its own decoder. */
function encodedTable(name: 'html' | 'xml'): string {
  const generated = join(dirname(createRequire(__filename).resolve('entities/decode')), `generated/decode-data-${name}.js`);
  return /decodeBase64\)?\("([^"]+)"\)/.exec(readFileSync(generated, 'utf8'))![1]!;
}

it('decodes the same tables as entities does', () => {
  for (const littleEndian of [true, false]) {
    expect(decodeBase64(encodedTable('html'), littleEndian)).toEqual(htmlDecodeTree);
    expect(decodeBase64(encodedTable('xml'), littleEndian)).toEqual(xmlDecodeTree);
  }
  expect(htmlDecodeTree.length).toBeGreaterThan(10_000);
});

it('reads character references in a page without atob', () => {
  const r = runCountingCalls(
    `<!doctype html><html><head><meta charset="utf-8"><title>在全县安全生产工作会议上的讲话</title></head><body><article>
<h1>在全县安全生产工作会议上的讲话</h1><p>同志们：</p>
<p>今天召开全县安全生产工作会议&mdash;&mdash;总结去年工作，安排&ldquo;今年&rdquo;任务&#x3002;</p>
<p>一、提高政治站位&amp;增强责任感</p><p>安全生产事关人民群众生命财产安全&hellip;</p>
<p>二、突出重点领域&nbsp;扎实开展排查</p><p>要聚焦道路交通、建筑施工等重点领域&#12290;</p>
</article></body></html>`,
    'globalThis',
    'atob',
  );
  expect(r.status, r.stderr).toBe(0);
  expect(r.analysis.paragraphs).toContain('今天召开全县安全生产工作会议——总结去年工作，安排“今年”任务。');
  expect(r.analysis.paragraphs).toContain('安全生产事关人民群众生命财产安全…');
  expect(r.analysis.outline.map((o) => o.text)).toEqual(['提高政治站位&增强责任感', '突出重点领域 扎实开展排查']);
  expect(r.calls).toBe(0);
});
