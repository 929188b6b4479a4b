// The chrome check reads each block's opening with one cursor that keeps what it read
// (opening-reader.ts), so a wrapper's reading serves the blocks inside it. Its answers must be
// shortTextStart's — the reading of each element afresh — for every element of every saved page
// and corpus page, asked in document order as the block walk asks, in reverse order (nothing
// kept applies), and with small limits that stop most readings inside a text node's run; and on
// generated pages of nested wrappers, hidden and skipped elements, white space and empty nodes.
// On 10,000 nested <div>s each element is read once, where reading afresh read six levels below each.
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes } from '../../src/dom/decode';
import { createStaticIsHidden } from '../../src/dom/hidden-static';
import { createOpeningReader } from '../../src/dom/opening-reader';
import { shortTextStart } from './reference/short-text-start';
import type { IsHidden } from '../../src/dom/types';
import { parse } from './html';

const PAGES = resolve(__dirname, '../pages');
const CORPUS = resolve(__dirname, '../../../shared/corpus/web-pages');

const pageFiles = (dir: string, name: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((slug) => existsSync(join(dir, slug, name)))
        .sort()
        .map((slug) => join(dir, slug, name))
    : [];

/** The chrome check's limits, and small ones that end most readings early. */
const LIMITS: [number, number][] = [
  [800, 200],
  [40, 10],
  [6, 3],
];

/** Elements whose readings differ from shortTextStart's, asked in document order and in reverse. */
function differences(elements: Element[], isHidden: IsHidden): string[] {
  const differing: string[] = [];
  for (const [max, maxVisible] of LIMITS) {
    const expected = elements.map((e) => shortTextStart(e, max, maxVisible, isHidden));
    const inOrder = createOpeningReader(max, maxVisible, isHidden);
    elements.forEach((e, i) => {
      if (inOrder.openingOf(e) !== expected[i]) differing.push(`${e.localName}#${i} (${max}/${maxVisible}, document order)`);
      if (inOrder.wentInto(e) && isHidden(e)) differing.push(`${e.localName}#${i} hidden but read into`);
    });
    const reversed = createOpeningReader(max, maxVisible, isHidden);
    for (let i = elements.length - 1; i >= 0; i--) {
      if (reversed.openingOf(elements[i]!) !== expected[i]) differing.push(`${elements[i]!.localName}#${i} (${max}/${maxVisible}, reverse order)`);
    }
  }
  return differing;
}

/** The elements under <body> the block walk could ask about: none inside a skipped or hidden one. */
function visibleElements(doc: Document, isHidden: IsHidden): Element[] {
  const body = doc.body;
  if (!body) return [];
  return Array.from(body.querySelectorAll('*')).filter((e) => {
    for (let a: Element | null = e; a && a !== body; a = a.parentElement) {
      if (/^(script|style|noscript|template|svg|iframe|select|textarea)$/.test(a.localName) || isHidden(a)) return false;
    }
    return true;
  });
}

describe('createOpeningReader', () => {
  it("gives shortTextStart's answer for every element of every saved and corpus page", () => {
    const files = [...pageFiles(PAGES, 'page.html'), ...pageFiles(CORPUS, 'source.html')];
    expect(files.length).toBeGreaterThan(50);
    const differing: string[] = [];
    let asked = 0;
    for (const file of files) {
      const doc = parse(decodeHtmlBytes(readFileSync(file)));
      const isHidden = createStaticIsHidden(doc);
      const elements = visibleElements(doc, isHidden);
      asked += elements.length;
      for (const d of differences(elements, isHidden)) differing.push(`${file}: ${d}`);
    }
    expect(asked).toBeGreaterThan(10_000);
    expect(differing).toEqual([]);
  }, 120_000);

  it('gives the same answers on generated pages (wrappers, hidden and skipped elements, white space, empty nodes)', () => {
    const text = fc.constantFrom('', ' ', '\n    ', '上一篇', '同志们：', '今天我们召开会议。', 'Copyright 2024 ', '\u3000\u3000一、提高认识', 'a b c d e f g');
    const tree: fc.Memo<string> = fc.memo((n) =>
      n <= 1
        ? text
        : fc
            .tuple(
              fc.constantFrom('div', 'p', 'span', 'li', 'script', 'b', 'h3'),
              fc.constantFrom('', ' style="display:none"', ' hidden', ' class="x"'),
              fc.array(tree(n - 1), { maxLength: 4 }),
            )
            .map(([tag, attributes, children]) => `<${tag}${attributes}>${children.join('')}</${tag}>`),
    );
    fc.assert(
      fc.property(fc.array(tree(6), { minLength: 1, maxLength: 5 }), (parts) => {
        const doc = parse(`<!doctype html><html><head><title>t</title></head><body><div id="box">${parts.join('')}</div></body></html>`);
        const isHidden = createStaticIsHidden(doc);
        expect(differences(visibleElements(doc, isHidden), isHidden)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('reads each element of 10,000 nested <div>s once, where reading each afresh reads six levels below it', () => {
    const depth = 10_000;
    const doc = parse(`<!doctype html><html><body>${'<div><p>同志们，今天我们召开全市重点工作推进会议，主要任务是总结上半</p>'.repeat(depth)}${'</div>'.repeat(depth)}</body></html>`);
    const isHidden = createStaticIsHidden(doc);
    let questions = 0;
    const counted: IsHidden = (e) => {
      questions++;
      return isHidden(e);
    };
    const reader = createOpeningReader(800, 200, counted);
    const blocks = Array.from(doc.body!.querySelectorAll('div, p'));
    let long = 0;
    for (const block of blocks) {
      const opening = reader.openingOf(block);
      if (opening === undefined) long++;
      else expect(opening).toBe(block.textContent);
    }
    expect(long).toBe(depth - 6); // the six innermost <div>s hold 180 characters or fewer
    expect(questions).toBe(blocks.length - 1); // every element but the first, asked once
    let afresh = 0;
    const divs = blocks.filter((b) => b.localName === 'div').slice(0, 100);
    for (const div of divs) shortTextStart(div, 800, 200, () => (afresh++, false));
    expect(afresh).toBe(100 * 13); // its <p>, and the <div> and <p> of the six levels below

  });
});
