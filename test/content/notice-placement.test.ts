// The in-page notice never covers the article's text (issue 12 item 18): it used to sit in the
// bottom-right corner whatever lay under it.
import { describe, expect, it } from 'vitest';
import { placeNotice, MIN_NOTICE_WIDTH, type Box, type Placement } from '../../src/content/notice-placement';
import { createPageNotice } from '../../src/content/page-notice';
import { FakeClock } from './fake-clock';
import { openPage } from './page-window';

const VIEWPORT = { width: 1280, height: 720 };
const NOTICE = { width: 420, height: 40 };

/** The notice's box for a placement, as the browser lays a fixed box out. */
function boxOf(placement: Placement, viewport = VIEWPORT, notice = NOTICE): Box {
  const width = Math.min(notice.width, placement.maxWidth ?? Infinity);
  const left = placement.left ?? viewport.width - (placement.right ?? 0) - width;
  const top = placement.top ?? viewport.height - (placement.bottom ?? 0) - notice.height;
  return { left, top, right: left + width, bottom: top + notice.height };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeNotice', () => {
  it('keeps the bottom-right corner when the article leaves it free', () => {
    expect(placeNotice(VIEWPORT, NOTICE, { left: 240, top: 80, right: 800, bottom: 2400 })).toEqual({ right: 16, bottom: 16 });
  });

  it('moves to the left corner under a right-hand article column', () => {
    const article = { left: 500, top: 60, right: 1260, bottom: 3000 };
    const placement = placeNotice(VIEWPORT, NOTICE, article);
    expect(placement).toEqual({ left: 16, bottom: 16 });
    expect(overlaps(boxOf(placement), article)).toBe(false);
  });

  it('narrows itself into the margin beside a centred article', () => {
    const article = { left: 340, top: 0, right: 940, bottom: 5000 };
    const placement = placeNotice(VIEWPORT, NOTICE, article);
    expect(placement.maxWidth).toBeGreaterThanOrEqual(MIN_NOTICE_WIDTH);
    expect(placement.maxWidth).toBeLessThan(NOTICE.width);
    expect(overlaps(boxOf(placement), article)).toBe(false);
  });

  it('goes above the article when it spans the width, and below it near its end', () => {
    const narrow = { width: 800, height: 600 };
    const below = { left: 8, top: 120, right: 792, bottom: 4000 };
    const above = placeNotice(narrow, NOTICE, below);
    expect(overlaps(boxOf(above, narrow), below)).toBe(false);
    const ending = { left: 8, top: -3000, right: 792, bottom: 380 };
    const under = placeNotice(narrow, NOTICE, ending);
    expect(overlaps(boxOf(under, narrow), ending)).toBe(false);
  });

  it('any corner does when the article is scrolled out of view', () => {
    expect(placeNotice(VIEWPORT, NOTICE, { left: 0, top: -5000, right: 1280, bottom: -10 })).toEqual({ right: 16, bottom: 16 });
  });
});

describe('page notice placement', () => {
  it('is placed clear of the article it is told about', () => {
    const { window, document } = openPage('<!DOCTYPE html><html><body><div id="content"><p>正文</p></div></body></html>');
    Object.defineProperty(window, 'innerWidth', { value: 1280, configurable: true });
    Object.defineProperty(window, 'innerHeight', { value: 720, configurable: true });
    const article = document.querySelector('#content')!;
    const rect = { left: 500, top: 60, right: 1260, bottom: 3000, width: 760, height: 2940, x: 500, y: 60 };
    article.getBoundingClientRect = () => ({ ...rect, toJSON: () => rect }) as DOMRect;
    const notice = createPageNotice(document, { notice: '清稿提示', close: '关闭' }, new FakeClock());
    notice.keepClearOf(article);
    notice.show({ message: '已净化 3 处' });
    const style = (notice.host as HTMLElement).style;
    expect([style.getPropertyValue('left'), style.getPropertyValue('bottom'), style.getPropertyValue('right')]).toEqual(['16px', '16px', 'auto']);
    expect(style.getPropertyPriority('left')).toBe('important');
  });
});
