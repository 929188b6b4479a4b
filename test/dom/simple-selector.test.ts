import { describe, expect, it } from 'vitest';
import { matchesSimpleSelector, parseSimpleSelector, selectorKey } from '../../src/dom/simple-selector';
import { parse } from './html';

const doc = parse('<html><body><div id="art" class="content main"><p class="x"><span class="jm y" id="s">t</span></p></div></body></html>');
const span = doc.getElementById('s')!;
const matches = (selector: string) => {
  const parsed = parseSimpleSelector(selector);
  return parsed ? matchesSimpleSelector(span, parsed) : 'unread';
};

describe('simple selectors', () => {
  it.each([
    ['.jm', true],
    ['span.jm.y', true],
    ['#s', true],
    ['*', true],
    ['#art span.jm', true],
    ['div.content > p > .jm', true],
    ['.main .x span', true],
    ['div > span', false],
    ['.content > .jm', false],
    ['p.jm', false],
    ['#other .jm', false],
  ])('%s matches: %s', (selector, expected) => {
    expect(matches(selector)).toBe(expected);
  });

  it.each(['.jm:hover', 'span::before', '[data-x] span', 'p + span', 'p ~ span', '> span', 'span >', ''])('does not read %j', (selector) => {
    expect(parseSimpleSelector(selector)).toBeUndefined();
  });

  it('indexes a rule by the most selective part of its last compound', () => {
    expect(selectorKey(parseSimpleSelector('#art span.jm')!)).toBe('.jm');
    expect(selectorKey(parseSimpleSelector('div span#s.jm')!)).toBe('#s');
    expect(selectorKey(parseSimpleSelector('.x span')!)).toBe('span');
    expect(selectorKey(parseSimpleSelector('*')!)).toBe('*');
  });
});
