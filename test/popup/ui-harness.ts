// Shared by the popup and options tests: the real locale strings behind a fake `chrome.i18n`
// (so assertions read like the UI), and Preact rendering into happy-dom with effects flushed.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type LocaleFile = Record<string, LocaleEntry>;

export function readLocale(lang: 'zh_CN' | 'en'): LocaleFile {
  // a path, not new URL(…): happy-dom replaces the global URL in these tests
  const file = join(dirname(fileURLToPath(import.meta.url)), `../../public/_locales/${lang}/messages.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as LocaleFile;
}

/** chrome.i18n.getMessage's substitution: $NAME$ → placeholder content, $1…$9 → substitutions. */
export function formatMessage(entry: LocaleEntry | undefined, substitutions: string[] = []): string {
  if (!entry) return '';
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = Object.entries(entry.placeholders ?? {}).find(([key]) => key.toLowerCase() === name.toLowerCase());
    return placeholder ? fill(placeholder[1].content) : whole;
  });
}

export function installI18n(lang: 'zh_CN' | 'en' = 'zh_CN'): LocaleFile {
  const messages = readLocale(lang);
  (globalThis as { chrome?: unknown }).chrome = {
    i18n: {
      getMessage: (key: string, subs?: string | string[]) =>
        formatMessage(messages[key], subs === undefined ? [] : Array.isArray(subs) ? subs : [subs]),
      getUILanguage: () => (lang === 'zh_CN' ? 'zh-CN' : 'en-US'),
    },
  };
  return messages;
}

export interface Mounted {
  container: HTMLElement;
  /** the container's visible text, whitespace collapsed */
  text(): string;
  find<E extends Element = HTMLElement>(selector: string): E;
  findAll<E extends Element = HTMLElement>(selector: string): E[];
  /** the first button whose text is exactly `label` */
  button(label: string): HTMLButtonElement;
  unmount(): void;
}

export async function mount(vnode: ComponentChild): Promise<Mounted> {
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => {
    render(vnode, container);
  });
  return {
    container,
    text: () => (container.textContent ?? '').replace(/\s+/g, ' ').trim(),
    find<E extends Element>(selector: string) {
      const el = container.querySelector<E>(selector);
      if (!el) throw new Error(`no element matches ${selector}`);
      return el;
    },
    findAll: <E extends Element>(selector: string) => [...container.querySelectorAll<E>(selector)],
    button(label: string) {
      const found = [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
      if (!found) throw new Error(`no button "${label}" in: ${container.textContent}`);
      return found;
    },
    unmount() {
      render(null, container);
      container.remove();
    },
  };
}

/** Runs `action` and lets Preact re-render and promises settle. */
export async function settle(action: () => unknown = () => undefined): Promise<void> {
  await act(async () => {
    await action();
  });
  // a few macrotask turns for promise chains started inside handlers
  for (let i = 0; i < 3; i++) {
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  }
}

export async function click(element: Element): Promise<void> {
  await settle(() => (element as HTMLElement).click());
}

export async function typeInto(element: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await settle(() => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function choose(element: HTMLSelectElement | HTMLInputElement, value?: string | boolean): Promise<void> {
  await settle(() => {
    if (typeof value === 'boolean') (element as HTMLInputElement).checked = value;
    else if (value !== undefined) element.value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
