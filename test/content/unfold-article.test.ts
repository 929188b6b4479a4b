// A speech in a height-limited box ("展开全文") under a transparent mask: cleaning lifts the
// fold and lets the pointer through the mask; undo gives back the page byte for byte.
import { describe, expect, it } from 'vitest';
import { harness } from './app-harness';
import { openPage } from './page-window';

const PARAGRAPHS = [
  '同志们：',
  '今天，我们召开全县防汛工作会议，主要任务是分析当前防汛形势，部署今年防汛工作。刚才，几位同志作了很好的发言。',
  '一、提高认识，切实增强做好防汛工作的责任感。今年汛期降雨偏多，防汛形势严峻复杂，各级各部门要高度重视。',
  '二、突出重点，扎实做好各项防汛准备。要盯住水库、河道、地质灾害隐患点等重点部位，全面排查整治。',
  '同志们，防汛工作责任重于泰山，让我们共同努力，确保安全度汛。谢谢大家！',
];

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>在全县防汛工作会议上的讲话 - 公文汇</title></head>
<body><div class="main"><h1>在全县防汛工作会议上的讲话</h1>
<div class="wrap" style="position: relative">
<div class="content" id="content" style="max-height: 400px; overflow: hidden">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="mask" style="position: absolute; top: 0px; left: 0px; right: 0px; bottom: 0px"></div>
</div>
<div class="unfold">展开全文</div></div></body></html>`;

describe('unfolding the article', () => {
  it('lifts the height limit, lets the pointer through the mask, and undo restores both', async () => {
    const { window, document } = openPage(PAGE);
    const original = document.body.innerHTML;
    const { app } = harness(window);
    await app.clean();

    const content = document.getElementById('content')!;
    expect(window.getComputedStyle(content).maxHeight).toBe('none');
    expect(window.getComputedStyle(content).overflow).toBe('visible');
    const mask = document.querySelector('.mask')!;
    expect(window.getComputedStyle(mask).pointerEvents).toBe('none');
    // the wrapper that is not folded keeps its style untouched
    expect(document.querySelector('.wrap')!.getAttribute('style')).toBe('position: relative');

    await app.undo();
    expect(document.body.innerHTML).toBe(original);
  });

  it('leaves boxes that are not folded alone', async () => {
    const { window, document } = openPage(PAGE.replace('max-height: 400px; overflow: hidden', 'overflow: hidden'));
    await harness(window).app.clean();
    expect(document.getElementById('content')!.getAttribute('style')).toBe('overflow: hidden');
  });
});
