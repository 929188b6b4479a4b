// The invariant the content script relies on to apply the core's cuts in place: a block's
// text is exactly its text nodes' data, in order, and each segment's offsets locate its node.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PageBlock } from '../../src/dom/types';
import { extract } from './html';

const CHARS = [...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你 。，、：；abcXYZ019', ' ', '\u3000', '\n'];
const WRAPPERS = ['', 'span', 'font', 'b', 'strong', 'a', 'em', 'span style="color:#333"'] as const;

interface Piece {
  text: string;
  wrappers: (typeof WRAPPERS)[number][];
  hidden: boolean;
  brAfter: boolean;
}

const piece: fc.Arbitrary<Piece> = fc.record({
  text: fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 6 }),
  wrappers: fc.array(fc.constantFrom(...WRAPPERS), { maxLength: 3 }),
  hidden: fc.boolean(),
  brAfter: fc.boolean(),
});

function toHtml(pieces: Piece[]): string {
  return pieces
    .map((p) => {
      let html = p.text;
      for (const w of p.wrappers) if (w) html = `<${w}>${html}</${w.split(' ')[0]}>`;
      if (p.hidden) html = `<span style="display:none">${html}</span>`;
      return p.brAfter ? `${html}<br>` : html;
    })
    .join('');
}

/** What a reader sees: visible pieces joined as they are, split at each <br>, blank lines dropped. */
function expectedBlocks(pieces: Piece[]): string[] {
  const lines: string[] = [''];
  for (const p of pieces) {
    if (!p.hidden) lines[lines.length - 1] += p.text;
    if (p.brAfter) lines.push('');
  }
  return lines.filter((l) => l.trim() !== '');
}

function checkSegments(block: PageBlock): void {
  let offset = 0;
  for (const segment of block.segments) {
    expect(segment.start).toBe(offset);
    expect(segment.end - segment.start).toBe(segment.node.data.length);
    expect(block.text.slice(segment.start, segment.end)).toBe(segment.node.data);
    offset = segment.end;
  }
  expect(offset).toBe(block.text.length);
}

describe('block segments', () => {
  it('cover the block text exactly, whatever the inline markup, hidden junk and <br>s', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 25 }), (pieces) => {
        const page = extract(`<html><body><div class="content"><p>${toHtml(pieces)}</p></div></body></html>`);
        expect(page.blocks.map((b) => b.text)).toEqual(expectedBlocks(pieces));
        page.blocks.forEach(checkSegments);
        const hiddenText = pieces.filter((p) => p.hidden).map((p) => p.text.replace(/[\s\u3000]+/g, ' ').trim()).filter(Boolean);
        expect(page.hidden.map((h) => h.text)).toEqual(hiddenText);
      }),
      { numRuns: 300 },
    );
  });
});
