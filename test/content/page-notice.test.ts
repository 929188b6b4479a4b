// The in-page notice: out of the page's reach (closed shadow root on <html>), keyboard usable,
// gone after six seconds unless the reader is using it.
import { describe, expect, it } from 'vitest';
import { createPageNotice, NOTICE_HIDE_AFTER_MS } from '../../src/content/page-notice';
import { FakeClock } from './fake-clock';
import { openPage } from './page-window';

function setUp() {
  const { window, document } = openPage('<!DOCTYPE html><html><head></head><body><p>正文</p></body></html>');
  const clock = new FakeClock();
  const notice = createPageNotice(document, { notice: '清稿提示', close: '关闭' }, clock);
  return { window, document, clock, notice };
}

describe('page notice', () => {
  it('hangs a closed shadow root on <html>, outside the body', () => {
    const { document, notice } = setUp();
    const bodyBefore = document.body.innerHTML;
    notice.show({ message: '已净化 3 处' });
    expect(notice.host?.parentElement).toBe(document.documentElement);
    expect((notice.host as HTMLElement).shadowRoot).toBeNull();
    expect(document.body.innerHTML).toBe(bodyBefore);
    expect(notice.root?.querySelector('[role="status"]')?.getAttribute('aria-label')).toBe('清稿提示');
    expect(notice.root?.textContent).toContain('已净化 3 处');
  });

  it('pins its placement with !important inline styles page CSS cannot override', () => {
    const { notice } = setUp();
    notice.show({ message: 'x' });
    const style = (notice.host as HTMLElement).style;
    expect(style.getPropertyValue('position')).toBe('fixed');
    expect(style.getPropertyPriority('position')).toBe('important');
    expect(style.getPropertyPriority('display')).toBe('important');
  });

  it('offers its actions as real buttons; a click runs the action and closes the notice', () => {
    const { notice } = setUp();
    const ran: string[] = [];
    notice.show({ message: 'x', actions: [{ label: '撤销', run: () => ran.push('undo') }] });
    const buttons = [...notice.root!.querySelectorAll('button')];
    expect(buttons.map((b) => [b.textContent, b.getAttribute('type')])).toEqual([
      ['撤销', 'button'],
      ['×', 'button'],
    ]);
    expect(buttons[1]!.getAttribute('aria-label')).toBe('关闭');
    buttons[0]!.click();
    expect(ran).toEqual(['undo']);
    expect(notice.host).toBeNull();
  });

  it('hides itself after six seconds', () => {
    const { notice, clock } = setUp();
    notice.show({ message: 'x' });
    clock.advance(NOTICE_HIDE_AFTER_MS - 1);
    expect(notice.host).not.toBeNull();
    clock.advance(1);
    expect(notice.host).toBeNull();
  });

  it('stays while focus is inside it, then hides six seconds after focus leaves', () => {
    const { window, notice, clock } = setUp();
    notice.show({ message: 'x', actions: [{ label: '撤销', run: () => undefined }] });
    const box = notice.root!.querySelector('[role="status"]')!;
    box.dispatchEvent(new window.FocusEvent('focusin', { bubbles: true }));
    clock.advance(60_000);
    expect(notice.host).not.toBeNull();
    box.dispatchEvent(new window.FocusEvent('focusout', { bubbles: true }));
    clock.advance(NOTICE_HIDE_AFTER_MS);
    expect(notice.host).toBeNull();
  });

  it('closes on Escape', () => {
    const { window, notice } = setUp();
    notice.show({ message: 'x' });
    const button = notice.root!.querySelector('button')!;
    button.dispatchEvent(new window.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(notice.host).toBeNull();
  });

  it('shows one notice at a time', () => {
    const { document, notice } = setUp();
    notice.show({ message: '一' });
    notice.show({ message: '二' });
    expect(document.documentElement.querySelectorAll(':scope > [data-qinggao="notice"]').length).toBe(1);
    expect(notice.root?.textContent).toContain('二');
  });

  it('renders page-derived text as text, never as markup', () => {
    const { notice } = setUp();
    notice.show({ message: '<img src=x onerror=alert(1)>' });
    expect(notice.root!.querySelector('img')).toBeNull();
    expect(notice.root!.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
