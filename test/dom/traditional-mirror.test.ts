import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/dom/analyze-document';
import { createStaticIsHidden } from '../../src/dom/hidden-static';
import { stripSiteSuffix } from '../../src/dom/page-title';
import { extract, parse } from './html';

// A converter's mirror of a template page: traditional script, pinyin readings glued to
// characters, the same furniture as the simplified site.
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>師大校長開學(xué)典禮致辭_致辭講話_某某範文網</title></head><body>
<div class="article">
  <h1>師大校長開學(xué)典禮致辭 發佈時間:2023-09-01</h1>
  <div id="content">
    <p>尊敬的各位老師、同學(xué)們:</p>
    <p>大家好!今天,我非常榮幸能有這樣一個機(jī)會,在這莊嚴(yán)的開學(xué)典禮上,來表達(dá)一份真摯的心聲。</p>
    <p>最後,祝同學們學業進步!謝謝大家!</p>
    <div><h3>相關(guān)推薦</h3><ul><li><a href="/a/1.html">開學典禮致辭</a></li><li><a href="/a/2.html">畢業典禮致辭</a></li></ul></div>
    <p>版權所有 某某範文網 ICP備12345678號</p>
  </div>
</div></body></html>`;

describe('a traditional-script mirror page', () => {
  it('takes its title from the <h1> without the glued meta line', () => {
    expect(extract(PAGE).pageTitle).toBe('師大校長開學(xué)典禮致辭');
  });

  it("drops the mirror's site name from document.title", () => {
    expect(stripSiteSuffix('某某範文網 - 師大校長開學典禮致辭')).toBe('師大校長開學典禮致辭');
    expect(stripSiteSuffix('教師節致辭_致辭講話_XX論壇')).toBe('教師節致辭');
  });

  it('is a speech; its link box, footer and pinyin go; the text keeps its own script', () => {
    const doc = parse(PAGE);
    const { result } = analyzeDocument(doc, { isHidden: createStaticIsHidden(doc) });
    const a = result.analysis;
    expect(a.isSpeech).toBe(true);
    expect(a.title).toBe('師大校長開學典禮致辭');
    expect(a.paragraphs[0]).toBe('尊敬的各位老師、同學們:');
    const kept = a.paragraphs.join('\n');
    expect(kept).toContain('在這莊嚴的開學典禮上');
    expect(kept).not.toMatch(/相關|推薦|版權|\(/);
    expect(a.removed.filter((r) => r.rule === 'watermark.pinyin-annotation').map((r) => r.text)).toEqual(
      expect.arrayContaining(['(xué)', '(jī)', '(yán)', '(dá)']),
    );
  });
});
