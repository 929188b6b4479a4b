// The browser's predicate, run on happy-dom's getComputedStyle (cascade without layout): the
// style-based tricks must be caught whether the page writes them inline or in a <style>.
import { Window as HappyWindow } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/dom/extract';
import { createComputedIsHidden } from '../../src/dom/hidden-computed';

function plantedInBrowser(junk: string, style = '') {
  const window = new HappyWindow();
  window.document.write(`<!DOCTYPE html><html><head><style>body { background: #ffffff } ${style}</style></head><body>
    <div class="content"><p>要聚焦道路交通、${junk}建筑施工等重点领域。</p><p>今天召开全县安全生产工作会议，主要任务是贯彻落实上级部署。</p></div></body></html>`);
  const page = extractPage(window.document as unknown as Document, { isHidden: createComputedIsHidden(window as unknown as Window) });
  void window.happyDOM.close();
  return { first: page.blocks[0]!.text, hidden: page.hidden.map((h) => h.text) };
}

describe('computed hidden check', () => {
  it.each([
    ['display:none from a class rule', '<span class="hide">公文汇</span>', '.hide { display: none }'],
    ['visibility:hidden inline', '<span style="visibility:hidden">公文汇</span>', ''],
    ['visibility:collapse', '<span style="visibility:collapse">公文汇</span>', ''],
    ['font-size:0 from a rule', '<font class="fs">公文汇</font>', 'p .fs { font-size: 0 }'],
    ['opacity:0', '<span style="opacity:0">公文汇</span>', ''],
    ['white on the white body', '<span class="wm">公文汇</span>', '.wm { color: #fff }'],
    ['off-screen left', '<span style="position:absolute;left:-9999px">公文汇</span>', ''],
    ['aria-hidden', '<span aria-hidden="true">公文汇</span>', ''],
    ['Discuz jammer', '<font class="jammer">公文汇</font>', ''],
  ])('%s', (_, junk, style) => {
    expect(plantedInBrowser(junk, style)).toEqual({ first: '要聚焦道路交通、建筑施工等重点领域。', hidden: ['公文汇'] });
  });

  it('keeps ordinary styled text', () => {
    const visible = '<span class="em" style="color:#c00;font-size:14px">重点</span>';
    expect(plantedInBrowser(visible, '.em { font-weight: bold }')).toEqual({ first: '要聚焦道路交通、重点建筑施工等重点领域。', hidden: [] });
  });
});
