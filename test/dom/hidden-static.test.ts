import { describe, expect, it } from 'vitest';
import { createStaticIsHidden } from '../../src/dom/hidden-static';
import { extract, parse, SPEECH_PARAGRAPHS } from './html';

/** A page whose article holds one sentence with `junk` planted in its middle. */
function planted(junk: string, options: { style?: string; wrap?: (p: string) => string } = {}) {
  const wrap = options.wrap ?? ((p: string) => p);
  const html = `<html><head>${options.style ? `<style>${options.style}</style>` : ''}</head><body><div class="content">
    ${wrap(`<p>要聚焦道路交通、${junk}建筑施工等重点领域。</p>`)}<p>${SPEECH_PARAGRAPHS[1]}</p></div></body></html>`;
  const page = extract(html);
  return { first: page.blocks[0]!.text, hidden: page.hidden.map((h) => h.text) };
}

const CLEAN = '要聚焦道路交通、建筑施工等重点领域。';

describe('static hidden check: junk planted mid-sentence is left out of the block and reported', () => {
  it.each([
    ['inline display:none', '<span style="display:none">公文汇www.gongwenhui.com</span>'],
    ['display: none with spaces and !important', '<span style="DISPLAY : none !important">公文汇www.gongwenhui.com</span>'],
    ['visibility:hidden', '<span style="visibility:hidden">公文汇www.gongwenhui.com</span>'],
    ['font-size:0', '<span style="font-size:0">公文汇www.gongwenhui.com</span>'],
    ['font-size:0px', '<font style="font-size:0px">公文汇www.gongwenhui.com</font>'],
    ['font-size:0pt', '<span style="font-size:0pt">公文汇www.gongwenhui.com</span>'],
    ['font-size:0em', '<span style="font-size:0em">公文汇www.gongwenhui.com</span>'],
    ['font shorthand 0/0', '<span style="font:0/0 a">公文汇www.gongwenhui.com</span>'],
    ['opacity:0', '<span style="opacity:0">公文汇www.gongwenhui.com</span>'],
    ['off-screen absolute', '<span style="position:absolute;left:-9999px">公文汇www.gongwenhui.com</span>'],
    ['off-screen fixed top', '<span style="position:fixed;top:-2000px">公文汇www.gongwenhui.com</span>'],
    ['text-indent far left', '<span style="display:inline-block;text-indent:-9999px">公文汇www.gongwenhui.com</span>'],
    ['clipped to nothing', '<span style="position:absolute;clip:rect(0 0 0 0)">公文汇www.gongwenhui.com</span>'],
    ['zero width, overflow hidden', '<span style="display:inline-block;width:0;overflow:hidden">公文汇www.gongwenhui.com</span>'],
    ['white text on the default white page', '<span style="color:#fff">公文汇www.gongwenhui.com</span>'],
    ['<font color=white> on the default page', '<font color="#FFFFFF">公文汇www.gongwenhui.com</font>'],
    ['transparent text', '<span style="color:transparent">公文汇www.gongwenhui.com</span>'],
    ['the hidden attribute', '<span hidden>公文汇www.gongwenhui.com</span>'],
    ['aria-hidden text', '<span aria-hidden="true">公文汇www.gongwenhui.com</span>'],
    ['Discuz jammer', '<font class="jammer">公文汇www.gongwenhui.com</font>'],
  ])('%s', (_, junk) => {
    expect(planted(junk)).toEqual({ first: CLEAN, hidden: ['公文汇www.gongwenhui.com'] });
  });

  it('text coloured like the background an ancestor declares (style, or bgcolor)', () => {
    const styled = planted('<span style="color:#f5f5f5">公文汇</span>', { wrap: (p) => `<div style="background:#F5F5F5 none">${p}</div>` });
    expect(styled).toEqual({ first: CLEAN, hidden: ['公文汇'] });
    const legacy = planted('<font color="#eeeeee">公文汇</font>', { wrap: (p) => `<table><tr><td bgcolor="#EEEEEE">${p}</td></tr></table>` });
    expect(legacy).toEqual({ first: CLEAN, hidden: ['公文汇'] });
    const rgb = planted('<span style="color: rgb(255, 255, 255)">公文汇</span>', { wrap: (p) => `<div style="background-color:white">${p}</div>` });
    expect(rgb).toEqual({ first: CLEAN, hidden: ['公文汇'] });
  });

  it('rules of the page\'s <style>: class, id, tag.class, grouped and descendant selectors', () => {
    const style = `.hidetext { display: none } #art span.jm{font-size:0} .a, .b { visibility: hidden }
      /* a comment { display: none } */ .content .wm { color: #ffffff }`;
    for (const junk of ['<span class="hidetext">公文汇</span>', '<span class="jm">公文汇</span>', '<i class="b">公文汇</i>', '<span class="wm x">公文汇</span>']) {
      expect(planted(junk, { style, wrap: (p) => `<div id="art">${p}</div>` })).toEqual({ first: CLEAN, hidden: ['公文汇'] });
    }
  });
});

describe('static hidden check: visible text stays', () => {
  it.each([
    ['a plain span', '<span>公文汇</span>'],
    ['grey text', '<span style="color:#333">公文汇</span>'],
    ['white on red', '<span style="color:#fff;background:#c00">公文汇</span>'],
    ['a small nudge left', '<span style="position:relative;left:-10px">公文汇</span>'],
    ['a rule for hover only', '<span class="tip">公文汇</span>'],
    ['a rule inside @media print', '<span class="noprint">公文汇</span>'],
    ['a class rule for another class', '<span class="hidetextx">公文汇</span>'],
    ['small but readable type', '<span style="font-size:0.8em">公文汇</span>'],
  ])('%s', (_, junk) => {
    const style = '.tip:hover { display: none } @media print { .noprint { display: none } } .hidetext { display: none }';
    expect(planted(junk, { style })).toEqual({ first: '要聚焦道路交通、公文汇建筑施工等重点领域。', hidden: [] });
  });

  it('a more specific rule wins over a later, less specific one (the cascade)', () => {
    const style = '.content p a { color: #00b7e0 } a { color: #fff }';
    expect(planted('<a href="/x">公文汇</a>', { style }).hidden).toEqual([]);
  });

  it('dark translucent text on a lightly tinted box stays (colours are composited)', () => {
    const result = planted('<span style="color:rgba(0,0,0,0.84)">公文汇</span>', { wrap: (p) => `<div style="background:rgba(0,0,0,0.05)">${p}</div>` });
    expect(result.hidden).toEqual([]);
  });

  it('a selector broken by an HTML entity in the stylesheet hides nothing', () => {
    // browsers drop ".explore&gt; a" as invalid; it must not be read as a bare "a"
    const style = '.top-nav .explore&gt;\n a { display: none }';
    expect(planted('<a href="/x">公文汇</a>', { style }).hidden).toEqual([]);
  });

  it('white text on a background image may be visible, so it stays', () => {
    const result = planted('<span style="color:#fff">公文汇</span>', { wrap: (p) => `<div style="background:url(bg.png) #fff">${p}</div>` });
    expect(result.hidden).toEqual([]);
  });

  it('white text inside a box with a dark background declared by a class rule stays', () => {
    const result = planted('<span style="color:#fff">公文汇</span>', { style: '.dark { background-color: #222 }', wrap: (p) => `<div class="dark">${p}</div>` });
    expect(result.hidden).toEqual([]);
  });
});

describe('createStaticIsHidden', () => {
  it('answers for the element itself (the caller skips the subtree) and memoises', () => {
    const doc = parse('<html><body><div style="display:none"><p id="inner">x</p></div></body></html>');
    const isHidden = createStaticIsHidden(doc);
    const outer = doc.querySelector('div')!;
    expect(isHidden(outer)).toBe(true);
    expect(isHidden(doc.getElementById('inner')!)).toBe(false);
    outer.removeAttribute('style');
    expect(isHidden(outer)).toBe(true);
  });

  it('answers an element the path went past (a reading ran ahead into the next block) from its own parent', () => {
    // black on the black box the parent paints; a rule for the box's child spans; a span inside
    // the paragraph read beside the path (black on the black it inherits through the paragraph)
    const doc = parse(
      '<html><head><style>.box > .jm { display: none }</style></head><body><div class="box" style="background:#000;color:#fff">' +
        '<span class="jm" id="rule">公文汇</span><p id="first" style="color:#000"><span id="inside" style="color:#000">墨</span></p>\n<div><p id="ahead">下一段</p></div></div></body></html>',
    );
    const isHidden = createStaticIsHidden(doc);
    const byId = (id: string) => doc.getElementById(id)!;
    expect(isHidden(byId('ahead'))).toBe(false);
    expect(isHidden(byId('first'))).toBe(true);
    expect(isHidden(byId('inside'))).toBe(true);
    expect(isHidden(byId('rule'))).toBe(true);
    expect(isHidden(byId('ahead'))).toBe(false);
  });
});

// Worst cases of issue 12 (item 3). Each asserts the answer; before the rewrite the first took
// 34 s (a backtracking matcher tried every way to place a descendant chain on 60 ancestors) and
// the second 19 s (a lazy comment regex scanned to the end of the sheet from every opening).
describe('static hidden check: hostile stylesheets are read in linear time', () => {
  const nested = (inner: string, depth: number) => `${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}`;

  it('a long descendant chain over 60 nested divs that cannot match (no <x> above)', () => {
    const style = `x ${'div '.repeat(30)}span { display: none }`;
    const result = planted('<span>公文汇</span>', { style, wrap: (p) => nested(p, 60) });
    expect(result).toEqual({ first: '要聚焦道路交通、公文汇建筑施工等重点领域。', hidden: [] });
  });

  it('the same chain hides its span once an <x> stands above the divs', () => {
    const style = `x ${'div '.repeat(30)}span { display: none }`;
    const result = planted('<span>公文汇</span>', { style, wrap: (p) => `<x>${nested(p, 60)}</x>` });
    expect(result).toEqual({ first: CLEAN, hidden: ['公文汇'] });
  });

  it('child and descendant combinators mixed over 40 nested divs', () => {
    const wrap = (p: string) => `<section>${nested(p, 40)}</section>`;
    // the first div is the section's child, nine more stand anywhere below it, the span is the <p>'s child
    const hidden = planted('<span>公文汇</span>', { style: `section > ${'div '.repeat(10)}p > span { display: none }`, wrap });
    expect(hidden).toEqual({ first: CLEAN, hidden: ['公文汇'] });
    // the span's parent is the <p>, not a div
    const kept = planted('<span>公文汇</span>', { style: `section > ${'div '.repeat(10)}> span { display: none }`, wrap });
    expect(kept.hidden).toEqual([]);
  });

  it('300 KB of unclosed comment openings: the sheet is read, the rule after them is commented out', () => {
    const style = `${'/* '.repeat(100_000)}.jm { display: none }`;
    expect(planted('<span class="jm">公文汇</span>', { style }).hidden).toEqual([]);
  });

  it('100,000 closed comments before a rule: the rule still applies', () => {
    const style = `${'/* x */'.repeat(100_000)}.jm { display: none }`;
    expect(planted('<span class="jm">公文汇</span>', { style })).toEqual({ first: CLEAN, hidden: ['公文汇'] });
  });
});
