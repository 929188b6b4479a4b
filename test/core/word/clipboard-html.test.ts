// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze';
import { renderOutlineClipboardHtml, renderTextClipboardHtml } from '../../../src/core/word';
import { loadSeeds } from '../seeds';

const SPEECH = [
  '在全县安全生产工作会议上的讲话',
  '同志们：',
  '今天召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。',
  '一、认清形势，增强责任感',
  '（一）成绩来之不易。去年全县没有发生较大以上事故。',
  '（二）问题不容忽视。一是责任落实不到位。二是隐患排查不彻底。',
  '二、突出重点，抓好各项工作',
  '1.抓好危险化学品安全。要加强检查。',
  '2.抓好道路交通安全。',
  '——紧盯重点时段，强化值守。',
  '——紧盯重点路段，加强巡查。',
].join('\n');

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const blocks = (html: string) => [...parse(html).body.children].map((el) => ({ tag: el.tagName.toLowerCase(), text: el.textContent, style: el.getAttribute('style') ?? '' }));

describe('the outline copy', () => {
  const analysis = analyzeText(SPEECH);

  it('puts the title first, heading-rank items as <hN> by level with mso-outline-level, points as paragraphs', () => {
    const rows = blocks(renderOutlineClipboardHtml(analysis));
    expect(rows.map((r) => [r.tag, r.text])).toEqual([
      ['p', '在全县安全生产工作会议上的讲话'],
      ['h1', '一、认清形势，增强责任感'],
      ['h2', '（一）成绩来之不易'],
      ['h2', '（二）问题不容忽视'],
      ['p', '一是责任落实不到位'],
      ['p', '二是隐患排查不彻底'],
      ['h1', '二、突出重点，抓好各项工作'],
      ['h2', '1.抓好危险化学品安全'],
      ['h2', '2.抓好道路交通安全'],
      ['p', '——紧盯重点时段，强化值守'],
      ['p', '——紧盯重点路段，加强巡查'],
    ]);
    expect(rows[1]!.style).toContain('mso-outline-level:1');
    expect(rows[2]!.style).toContain('mso-outline-level:2');
    expect(rows[4]!.style).not.toContain('mso-outline-level');
  });

  it('indents each level by two characters in pt (32 pt with the 三号 body, 21 pt without 公文)', () => {
    const on = blocks(renderOutlineClipboardHtml(analysis));
    expect(on[1]!.style).toContain('margin-left:0pt');
    expect(on[2]!.style).toContain('margin-left:32pt');
    expect(on[4]!.style).toContain('margin-left:64pt');
    const off = blocks(renderOutlineClipboardHtml(analysis, { gongwen: false }));
    expect(off[4]!.style).toContain('margin-left:42pt');
    for (const row of [...on, ...off]) expect(row.style).not.toMatch(/\dem/);
  });

  it('sets the 公文 fonts, one quoted name per declaration plus mso-fareast-font-family', () => {
    const rows = blocks(renderOutlineClipboardHtml(analysis));
    expect(rows[0]!.style).toContain("font-family:'方正小标宋简体';mso-fareast-font-family:'方正小标宋简体';font-size:22pt");
    expect(rows[1]!.style).toContain("font-family:'黑体'");
    expect(rows[2]!.style).toContain("font-family:'楷体_GB2312'");
    expect(rows[4]!.style).toContain("font-family:'仿宋_GB2312'");
    expect(rows[4]!.style).toContain('line-height:28.95pt');
    for (const row of rows) expect(row.style).not.toMatch(/font-family:[^;]*,/);
    const html = renderOutlineClipboardHtml(analysis);
    expect(html).toContain("mso-font-alt:'楷体'");
    expect(html).toContain("h1{font-family:'黑体'");
  });

  it('with the 公文 format off carries structure only: no font, size, or style sheet', () => {
    const html = renderOutlineClipboardHtml(analysis, { gongwen: false });
    expect(html).not.toMatch(/font-family|font-size|<style|class=/);
    expect(blocks(html).map((r) => r.tag)).toEqual(blocks(renderOutlineClipboardHtml(analysis)).map((r) => r.tag));
  });

  it('leaves out items deeper than the depth chosen', () => {
    const rows = blocks(renderOutlineClipboardHtml(analysis, { maxDepth: 1 }));
    expect(rows.map((r) => r.text)).toEqual(['在全县安全生产工作会议上的讲话', '一、认清形势，增强责任感', '二、突出重点，抓好各项工作']);
  });

  it('gives an outline level deeper than h6 to a paragraph', () => {
    const rows = blocks(renderOutlineClipboardHtml({ title: '', outline: [{ level: 7, marker: '①', text: '深层' }] }));
    expect(rows).toEqual([expect.objectContaining({ tag: 'p', text: '①深层' })]);
    expect(rows[0]!.style).toContain('mso-outline-level:7');
  });
});

describe('the full-text copy', () => {
  const analysis = analyzeText(SPEECH);

  it('holds every paragraph once, headings as headings, body paragraphs with a two-character first-line indent', () => {
    const rows = blocks(renderTextClipboardHtml(analysis));
    expect(rows.map((r) => r.text)).toEqual([analysis.title, ...analysis.paragraphs]);
    expect(rows.map((r) => r.tag)).toEqual(['p', 'p', 'p', 'h1', 'h2', 'h2', 'h1', 'h2', 'h2', 'p', 'p']);
    const body = rows[2]!;
    expect(body.style).toContain('text-indent:32pt');
    expect(body.style).toContain('mso-char-indent-count:2');
    expect(rows[0]!.style).toContain('text-align:center');
  });

  it('sets only a run-in heading\'s own words in the heading font, the sentences after it in the body font', () => {
    const doc = parse(renderTextClipboardHtml(analysis));
    const runIn = [...doc.querySelectorAll('h2')][0]!;
    expect(runIn.textContent).toBe('（一）成绩来之不易。去年全县没有发生较大以上事故。');
    const tail = runIn.querySelector('span')!;
    expect(tail.textContent).toBe('去年全县没有发生较大以上事故。');
    expect(tail.getAttribute('style')).toContain("font-family:'仿宋_GB2312'");
    expect(runIn.getAttribute('style')).toContain("font-family:'楷体_GB2312'");
  });

  it('keeps every seed\'s text whole, in order, in both formats', () => {
    for (const seed of loadSeeds()) {
      const a = analyzeText(seed.text);
      for (const gongwen of [true, false]) {
        const texts = [...parse(renderTextClipboardHtml(a, { gongwen })).body.children].map((el) => el.textContent);
        expect(texts, seed.name).toEqual([a.title, ...a.paragraphs].filter((t) => t !== ''));
      }
    }
  });
});

describe('page text in the HTML', () => {
  it('is escaped in every place it appears (title, outline items, paragraphs)', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const analysis = {
      title: hostile,
      outline: [
        { level: 1, marker: '一、', text: hostile },
        { level: 2, marker: '一是', text: '"quoted" & \'single\'' },
      ],
      paragraphs: [`一、${hostile}。后面的话<script>alert(2)</script>`, '一是"quoted" & \'single\'。'],
    };
    for (const html of [renderOutlineClipboardHtml(analysis), renderTextClipboardHtml(analysis), renderTextClipboardHtml(analysis, { gongwen: false })]) {
      const doc = parse(html);
      expect(doc.querySelector('img, script')).toBeNull();
      expect(doc.body.textContent).toContain(hostile);
      expect(html).not.toContain('<img');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
  });
});
