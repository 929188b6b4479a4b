// Copying from the popup. Word and WPS paste the text/html flavour with its heading levels; every
// other target gets the plain text. Browsers without ClipboardItem (Firefox before 127) or that
// refuse a rich write fall back to plain text.

export interface ClipboardLike {
  write?(items: ClipboardItem[]): Promise<void>;
  writeText(text: string): Promise<void>;
}

type MakeItem = (data: Record<string, Blob>) => ClipboardItem;

const defaultMakeItem: MakeItem | undefined =
  typeof ClipboardItem === 'function' ? (data) => new ClipboardItem(data) : undefined;

export async function copyPlain(clipboard: ClipboardLike, text: string): Promise<void> {
  await clipboard.writeText(text);
}

export async function copyRich(
  clipboard: ClipboardLike,
  plain: string,
  html: string,
  makeItem: MakeItem | undefined = defaultMakeItem,
): Promise<void> {
  if (clipboard.write && makeItem) {
    try {
      const item = makeItem({
        'text/plain': new Blob([plain], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      });
      await clipboard.write([item]);
      return;
    } catch {
      // fall through to plain text: losing the levels in Word beats copying nothing
    }
  }
  await clipboard.writeText(plain);
}
