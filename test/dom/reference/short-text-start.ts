// How the chrome check read a block's opening before opening-reader.ts: each element afresh (commit
// 19d9ecc: src/dom/text-content.ts `shortTextStart`), kept only as the oracle of
// test/dom/opening-reader.test.ts, which must answer the same for every element. Not shipped.
import { isRegExpSpaceCode } from '../../../src/core/normalize';
import { isElement, isSkippedTag, isText } from '../../../src/dom/element-kinds';
import type { IsHidden } from '../../../src/dom/types';
import { nextInside } from '../../../src/dom/walk';

/**
 * The first `max` characters or so of the element's text, or undefined as soon as they hold more
 * than `maxVisible` non-space characters. With `isHidden`, hidden elements add nothing.
 */
export function shortTextStart(element: Element, max: number, maxVisible: number, isHidden?: IsHidden): string | undefined {
  let text = '';
  let visible = 0;
  for (let node = element.firstChild; node; ) {
    if (isText(node)) {
      const data = node.data;
      for (let i = 0; i < data.length; i++) if (!isRegExpSpaceCode(data.charCodeAt(i))) visible++;
      if (visible > maxVisible) return undefined;
      text += data;
      if (text.length > max) break;
    }
    node = nextInside(node, element, isElement(node) && !isSkippedTag(node) && !isHidden?.(node));
  }
  return text;
}
