// An article box with no CJK in its text skips reading most blocks' starts for site chrome
// (site-chrome.ts: only a line that opens like "Copyright", "©" or "(c) 2024" is read). The
// answers must be those of the full reading: one hidden CJK character anywhere in the box
// sends it down the full reading, and blocks and chrome come out the same (the hidden
// character is only set aside as hidden text).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findArticleBoxSteps } from '../../src/dom/container';
import { decodeHtmlBytes } from '../../src/dom/decode';
import { runToEnd } from '../../src/dom/resumable';
import { firstVisibleCode, holdsNoCjk } from '../../src/dom/text-content';
import { createStaticIsHidden } from '../../src/dom/hidden-static';
import { extract, parse } from './html';

const PAGES = resolve(__dirname, '../pages');
const CORPUS = resolve(__dirname, '../../../shared/corpus/web-pages');

const PROSE = [
  'The council met on Tuesday to discuss the new budget for the coming year, and the debate ran late.',
  'Residents raised concerns about road repairs, school funding and the opening hours of the library.',
  'After a long discussion the members agreed to publish a revised plan before the end of the month.',
];
/** Lines that open like a footer (or almost), in the shapes the Latin footer words take. */
const LINES = [
  'Copyright 2024 Example News. All rights reserved.',
  '© 2016-2024 Example Media Group',
  '(c) 2019 The Daily Example',
  '(C) 2019 The Daily Example',
  'copyright notice: see the terms',
  'Copyrighted material, used with permission.',
  '(see the map below)',
  'Contact us at the address below',
  'Share this story',
  'Related stories',
];
const WRAPS = [
  (t: string) => `<p>${t}</p>`,
  (t: string) => `<div>  \n <p>  ${t}</p></div>`,
  (t: string) => `<p><span style="display:none">Hidden lead</span>${t}</p>`,
  (t: string) => `<p><span hidden>Ad</span> <b>${t}</b></p>`,
  (t: string) => `<div class="copyright">${t}</div>`,
  (t: string) => `<footer>${t}</footer>`,
  (t: string) => `<nav><a href="/a">${t}</a></nav>`,
  (t: string) => `<p><script>var x = 1;</script>${t}</p>`,
];

const page = (parts: string[], tail: string) =>
  `<!DOCTYPE html><html><head><title>News</title></head><body><div class="header"><a href="/">Home</a></div>` +
  `<div id="article"><h1>Council agrees budget</h1>${parts.join('\n')}${tail}</div><div class="footer">Site footer</div></body></html>`;

const view = (html: string) => {
  const extracted = extract(html);
  return { blocks: extracted.blocks.map((b) => b.text), chrome: extracted.chrome.map((c) => c.text), notices: extracted.notices.map((n) => n.text) };
};

describe('site chrome in an article box without CJK', () => {
  it('gives the answers of the full reading (a hidden CJK character forces that one)', () => {
    const part = fc.oneof(
      fc.constantFrom(...PROSE).map((t) => `<p>${t}</p>`),
      fc.tuple(fc.constantFrom(...LINES), fc.constantFrom(...WRAPS)).map(([line, wrap]) => wrap(line)),
    );
    fc.assert(
      fc.property(fc.array(part, { minLength: 3, maxLength: 10 }), (parts) => {
        const all = [...parts, ...PROSE.map((t) => `<p>${t}</p>`)];
        const fast = view(page(all, ''));
        const full = view(page(all, '<span style="display:none">中</span>'));
        expect(fast).toEqual(full);
      }),
      { numRuns: 150 },
    );
  });

  it('still sets a Latin footer line aside', () => {
    const got = view(page([...PROSE.map((t) => `<p>${t}</p>`), '<p>  Copyright 2024 Example News. All rights reserved.</p>'], ''));
    expect(got.chrome).toEqual(['Copyright 2024 Example News. All rights reserved.']);
    expect(got.blocks.some((b) => b.includes('Copyright'))).toBe(false);
  });
});

describe('holdsNoCjk', () => {
  const box = (inner: string) => parse(`<html><body><div id="box">${inner}</div></body></html>`).getElementById('box')!;
  it('counts hidden text, not scripts or styles', () => {
    expect(holdsNoCjk(box('<p>Plain English text.</p><script>var s = "讲话";</script><style>p::after{content:"中"}</style>'))).toBe(true);
    expect(holdsNoCjk(box('<p>Plain English text.<span style="display:none">讲话</span></p>'))).toBe(false);
    expect(holdsNoCjk(box('<p>Full-width comma，here</p>'))).toBe(false);
  });
});

// The container walk notes whether the text it reads holds CJK, so the chrome check need not read
// the whole box again: the same answer as holdsNoCjk(container), on every saved and corpus page.
describe('the container walk knows holdsNoCjk of the box it finds', () => {
  const answers = (html: string) => {
    const doc = parse(html);
    const box = runToEnd(findArticleBoxSteps(doc));
    return { walk: box.holdsNoCjk(), read: box.container ? holdsNoCjk(box.container) : true };
  };
  const article = (inner: string) =>
    `<html><body><div class="nav"><a href="/">首页</a></div><div id="article"><p>${PROSE[0]}</p><p>${PROSE[1]}</p>${inner}</div></body></html>`;
  it.each([
    ['no CJK', ''],
    ['CJK only in a nav inside the box', '<nav><a href="/">上一篇</a></nav>'],
    ['CJK only in an aside inside a footer', '<footer>Site <aside>版权所有</aside></footer>'],
    ['CJK only in a script', '<script>var s = "讲话";</script>'],
    ['an ideographic space only', '<p>Tab\u3000stop</p>'],
    ['hidden CJK', '<span style="display:none">中</span>'],
  ])('%s', (_, inner) => {
    const { walk, read } = answers(article(inner));
    expect(walk).toBe(read);
  });
  it('CJK outside the box does not count', () => {
    expect(answers(article('')).walk).toBe(true);
  });

  const pages = [
    ...readdirSync(PAGES).filter((slug) => existsSync(join(PAGES, slug, 'page.html'))).map((slug) => join(PAGES, slug, 'page.html')),
    ...(existsSync(CORPUS) ? readdirSync(CORPUS).filter((slug) => existsSync(join(CORPUS, slug, 'source.html'))).map((slug) => join(CORPUS, slug, 'source.html')) : []),
  ];
  it('on every saved page and corpus page', () => {
    expect(pages.length).toBeGreaterThan(150);
    const differing = pages.filter((file) => {
      const { walk, read } = answers(decodeHtmlBytes(readFileSync(file)));
      return walk !== read;
    });
    expect(differing).toEqual([]);
  });
});

describe('firstVisibleCode', () => {
  it('is the first visible character past white space, hidden text skipped', () => {
    const doc = parse('<html><body><div id="a">\n  <span style="display:none">X</span>\u3000 <b> ©2024</b></div><div id="b"> \n </div></body></html>');
    const isHidden = createStaticIsHidden(doc);
    expect(firstVisibleCode(doc.getElementById('a')!, isHidden)).toBe('©'.charCodeAt(0));
    expect(firstVisibleCode(doc.getElementById('b')!, isHidden)).toBe(-1);
  });
});
