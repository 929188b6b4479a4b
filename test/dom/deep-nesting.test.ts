// Pages can nest elements far deeper than the call stack allows (about 1 MB on a browser's
// main thread): every walk over the DOM must be iterative, whatever the document's depth.
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../src/cli/parse-html';
import { analyzeDocument } from '../../src/dom/analyze-document';
import { createStaticIsHidden } from '../../src/dom/hidden-static';

const DEPTH = 20_000;
const SENTENCE = '同志们，今天我们召开全县安全生产工作会议。';

function deeplyNestedPage(depth: number): string {
  // the inner levels also carry a hidden span, a <br>, a link and a related-articles box, so
  // the hidden check, line splitting and site-chrome walks all go the whole way down
  const level = (i: number) =>
    i % 1000 === 0
      ? `<div><p>${SENTENCE}<span style="display:none">稿子汇</span></p><p>第${i}段<br><a href="/a">链接</a></p><div class="related"><h3>相关推荐</h3><ul><li><a href="/x">其他</a></li></ul></div>`
      : `<div><p>${SENTENCE}</p>`;
  let open = '';
  for (let i = 0; i < depth; i++) open += level(i);
  return `<!doctype html><html><head><title>深层嵌套</title></head><body>${open}${'</div>'.repeat(depth)}</body></html>`;
}

describe('a page nested 20,000 elements deep', () => {
  it('goes through analyzeDocument without overflowing the stack, every level read', () => {
    const doc = parseHtmlDocument(deeplyNestedPage(DEPTH));
    const { page, result } = analyzeDocument(doc, { isHidden: createStaticIsHidden(doc) });
    expect(page.blocks.filter((b) => b.text === SENTENCE)).toHaveLength(DEPTH);
    expect(page.hidden.map((h) => h.text)).toEqual(Array.from({ length: DEPTH / 1000 }, () => '稿子汇'));
    expect(page.chrome.map((c) => c.text)).toEqual(Array.from({ length: DEPTH / 1000 }, () => '相关推荐\n其他'));
    expect(result.verdicts).toHaveLength(page.blocks.length);
  });
});
