import { describe, expect, it } from 'vitest';
import { mapChanged } from '../../src/core/map-changed';
import { foldLines } from '../../src/core/script/fold';

describe('mapChanged', () => {
  it('gives the same list back when no item changes', () => {
    const lines = ['同志们：', '一、提高认识', ''];
    expect(mapChanged(lines, (l) => l.trim())).toBe(lines);
  });

  it('copies the list from the first change on, every item mapped, the input untouched', () => {
    const lines = ['同志们：', ' 一、提高认识 ', '二、 狠抓落实 ', '三、'];
    const out = mapChanged(lines, (l) => l.trim());
    expect(out).toEqual(['同志们：', '一、提高认识', '二、 狠抓落实', '三、']);
    expect(lines[1]).toBe(' 一、提高认识 ');
  });

  it('folds a traditional mirror line by line, and leaves a simplified document as it was', () => {
    const simplified = ['在全县会议上的讲话', '同志们：'];
    expect(foldLines(simplified)).toBe(simplified);
    expect(foldLines(['在全縣會議上的講話', '同志們：'])).toEqual(['在全县会议上的讲话', '同志们：']);
  });
});
