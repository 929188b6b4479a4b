import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/dom/analyze-document';
import { createStaticIsHidden } from '../../src/dom/hidden-static';
import { pageHostOf } from '../../src/dom/page-host';
import { parse, SPEECH_PARAGRAPHS, templatePage } from './html';

describe('analyzeDocument', () => {
  const article = `${SPEECH_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
    <p>要聚焦道路交通<span style="display:none">稿子汇</span>等重点领域。</p>
    <div class="related"><h3>相关范文</h3><ul><li><a href="/a/1.html">安全生产讲话</a></li></ul></div>`;

  it('hands the blocks to the core with hidden junk and site chrome already set aside', () => {
    const doc = parse(templatePage(article));
    const { page, result } = analyzeDocument(doc, { isHidden: createStaticIsHidden(doc), host: 'www.gongwenhui.com' });
    expect(result.verdicts).toHaveLength(page.blocks.length);
    expect(result.analysis.removed).toContainEqual(expect.objectContaining({ text: '稿子汇', reason: 'hidden' }));
    expect(result.analysis.removed).toContainEqual(expect.objectContaining({ text: '相关范文\n安全生产讲话', reason: 'site-chrome' }));
    const kept = result.analysis.paragraphs.join('\n');
    expect(kept).toContain('要聚焦道路交通等重点领域。');
    expect(kept).not.toContain('稿子汇');
    expect(kept).not.toContain('相关范文');
  });
});

describe('pageHostOf', () => {
  it.each([
    ['<link rel="canonical" href="https://www.gongwenhui.com/a/123.html">', 'www.gongwenhui.com'],
    ['<meta property="og:url" content="http://m.ruiwen.com/jianghua/1.html">', 'm.ruiwen.com'],
    ['<base href="//www.gwyoo.com/">', 'www.gwyoo.com'],
    ['<link rel="canonical" href="/a/123.html"><base href="https://www.diyifanwen.com/">', 'www.diyifanwen.com'],
    ['<link rel="canonical" href="file:///home/me/page.html">', undefined],
    ['', undefined],
  ])('%s → %s', (head, host) => {
    expect(pageHostOf(parse(`<html><head>${head}</head><body><p>x</p></body></html>`))).toBe(host);
  });

  it.each([
    ['<!-- saved from url=(0040)http://www.gongwenhui.com/a/1.html -->\n<!DOCTYPE html><html><head></head><body><p>x</p></body></html>', 'www.gongwenhui.com'],
    ['<!DOCTYPE html>\n<!-- saved from url=(0031)https://m.ruiwen.com/a.html --><html><head></head><body><p>x</p></body></html>', 'm.ruiwen.com'],
    ['<!DOCTYPE html><html><!-- saved from url=(0023)about:internet --><head></head><body><p>x</p></body></html>', undefined],
  ])('the browser\'s "saved from" mark: %#', (html, host) => {
    expect(pageHostOf(parse(html))).toBe(host);
  });

  it('prefers what the page declares over the saved-from mark', () => {
    const html = '<!-- saved from url=(0040)http://www.gongwenhui.com/a/1.html --><html><head><link rel="canonical" href="https://www.gwyoo.com/x.html"></head><body></body></html>';
    expect(pageHostOf(parse(html))).toBe('www.gwyoo.com');
  });
});
