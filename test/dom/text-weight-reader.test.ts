// The article box's weight is read only as far as a "small?" question needs (site-chrome.ts):
// the reader must pass through the same sums as textWeightOf and end on its total.
import { describe, expect, it } from 'vitest';
import { textWeightOf, textWeightReader } from '../../src/dom/text-content';
import { parse } from './html';

const box = () =>
  parse(
    '<html><body><div id="box"><p>同志们：今天我们召开全县安全生产工作会议。</p><script>var x = "不算";</script>' +
      '<ul><li><a href="/1">上一篇</a></li></ul><p>The council met on Tuesday, and agreed.</p><p>一、提高认识。</p></div></body></html>',
  ).getElementById('box')!;

describe('textWeightReader', () => {
  it('reads to the end when nothing is enough, and ends on textWeightOf', () => {
    const element = box();
    expect(textWeightReader(element)(() => false)).toBe(textWeightOf(element));
  });

  it('stops at the first sum that will do, and reads on from there when asked for more', () => {
    const element = box();
    const total = textWeightOf(element);
    const reach = textWeightReader(element);
    const first = reach((sum) => sum >= 5);
    expect(first).toBeGreaterThanOrEqual(5);
    expect(first).toBeLessThan(total);
    expect(reach((sum) => sum >= 5)).toBe(first); // nothing more read
    expect(reach((sum) => sum > first)).toBeGreaterThan(first);
    expect(reach(() => false)).toBe(total);
  });
});
