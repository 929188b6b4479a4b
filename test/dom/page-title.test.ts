import { describe, expect, it } from 'vitest';
import { stripSiteSuffix } from '../../src/dom/page-title';
import { extract, SPEECH_PARAGRAPHS, templatePage } from './html';

const body = SPEECH_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');

describe('page title', () => {
  it('is the <h1> inside the article box', () => {
    const page = extract(`<html><head><title>别的标题_公文汇</title></head><body><div class="content"><h1>在全县安全生产工作会议上的讲话</h1>${body}</div></body></html>`);
    expect(page.pageTitle).toBe('在全县安全生产工作会议上的讲话');
  });

  it('is the nearest <h1> above the box, not the site logo', () => {
    const html = `<html><head><title>x</title></head><body><h1 class="logo"><a href="/">公文汇</a></h1>
      <div class="article"><h1> 在全县安全生产<span style="display:none">公文汇</span>工作会议上的讲话 </h1><div id="content">${body}</div></div></body></html>`;
    expect(extract(html).pageTitle).toBe('在全县安全生产工作会议上的讲话');
  });

  it('falls back to document.title without the site name', () => {
    // the template page's title is an <h2>; its <h1> is the logo
    expect(extract(templatePage(body)).pageTitle).toBe('在全县安全生产工作会议上的讲话');
  });

  it("drops the host's own name, however the title spells it", () => {
    expect(stripSiteSuffix('The Verge – Apple’s Vision Pro hands-on', 'www.theverge.com')).toBe('Apple’s Vision Pro hands-on');
    expect(stripSiteSuffix('The Verge – Apple’s Vision Pro hands-on')).toBe('The Verge');
  });

  it.each([
    ['在全县安全生产工作会议上的讲话_致辞讲话_公文汇', '在全县安全生产工作会议上的讲话'],
    ['公文汇 - 在全县安全生产工作会议上的讲话', '在全县安全生产工作会议上的讲话'],
    ['在全县安全生产工作会议上的讲话 | 第一范文网', '在全县安全生产工作会议上的讲话'],
    ['在全县安全生产工作会议上的讲话-稿子汇 – www.gaozihui.com', '在全县安全生产工作会议上的讲话'],
    ['在全县老干部重阳节座谈会上的主持词-稿子汇', '在全县老干部重阳节座谈会上的主持词'],
    ['2023-2024学年第一学期开学典礼上的讲话', '2023-2024学年第一学期开学典礼上的讲话'],
    ['关于推进互联网+政务服务的讲话_写写帮文库', '关于推进互联网+政务服务的讲话'],
    ['xuexila.com｜在开学典礼上的讲话', '在开学典礼上的讲话'],
    ['在全县安全生产工作会议上的讲话', '在全县安全生产工作会议上的讲话'],
    ['  公文汇  ', '公文汇'],
    ['', ''],
  ])('stripSiteSuffix(%j) = %j', (title, expected) => {
    expect(stripSiteSuffix(title)).toBe(expected);
  });
});
