// The in-page notice never covers the article's text (issue 12 item 18): it used to sit in the
// bottom-right corner whatever lay under it.
import { describe, expect, it, vi } from 'vitest';
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

  it('in a rendering browser forces no layout: it is placed when an IntersectionObserver reports the boxes', () => {
    const { window, document } = openPage('<!DOCTYPE html><html><body><div id="content"><p>正文</p></div></body></html>');
    const article = document.querySelector('#content')!;
    const measuredNow: string[] = [];
    const forbid = (name: string) => () => {
      measuredNow.push(name);
      throw new Error(`${name} measured synchronously`);
    };
    article.getBoundingClientRect = forbid('article');
    Object.defineProperty(window, 'innerWidth', { get: forbid('innerWidth'), configurable: true });
    const observers: { callback: IntersectionObserverCallback; targets: Element[]; disconnected: boolean }[] = [];
    class ReportingLater {
      private readonly record: (typeof observers)[number];
      constructor(callback: IntersectionObserverCallback) {
        this.record = { callback, targets: [], disconnected: false };
        observers.push(this.record);
      }
      observe(target: Element) {
        this.record.targets.push(target);
      }
      disconnect() {
        this.record.disconnected = true;
      }
    }
    vi.stubGlobal('IntersectionObserver', ReportingLater);
    try {
      const notice = createPageNotice(document, { notice: '清稿提示', close: '关闭' }, new FakeClock());
      notice.show({ message: '已净化 3 处' });
      notice.keepClearOf(article);
      expect(measuredNow).toEqual([]);
      const style = (notice.host as HTMLElement).style;
      // until the report: the corner
      expect([style.getPropertyValue('right'), style.getPropertyValue('bottom')]).toEqual(['16px', '16px']);
      const live = observers.filter((o) => !o.disconnected);
      expect(live).toHaveLength(1);
      const [box, watched] = live[0]!.targets;
      expect(watched).toBe(article);
      const rect = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom, width: right - left, height: bottom - top, x: left, y: top }) as DOMRectReadOnly;
      const viewport = rect(0, 0, 1280, 720);
      live[0]!.callback(
        [
          { target: box!, boundingClientRect: rect(844, 664, 1264, 704), rootBounds: viewport } as unknown as IntersectionObserverEntry,
          { target: article, boundingClientRect: rect(500, 60, 1260, 3000), rootBounds: viewport } as unknown as IntersectionObserverEntry,
        ],
        live[0] as unknown as IntersectionObserver,
      );
      // the article fills the right: the notice goes to the bottom-left corner, one report only
      expect([style.getPropertyValue('left'), style.getPropertyValue('bottom'), style.getPropertyValue('right')]).toEqual(['16px', '16px', 'auto']);
      expect(live[0]!.disconnected).toBe(true);
      expect(measuredNow).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
