import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze';
import { MARKER_EXAMPLES } from '../../../src/core/markers.examples';
import { MARKER_FAMILIES, matchMarker } from '../../../src/core/markers';
import { isHeadingItem, outlineItemKind } from '../../../src/core/word';

describe('outlineItemKind', () => {
  it('reads the six heading ranks as headings, as the issue lists them', () => {
    for (const marker of ['第一部分', '第二部分、', '一、', '十一、', '二．', '（一）', '(一)', '1.', '1、', '３．', '（1）', '(2)', '①', '⑫']) {
      expect(outlineItemKind({ marker }), marker).toBe('heading');
    }
  });

  it('reads paragraph points as points', () => {
    for (const marker of ['一是', '三要', '一是要', '第一，', '第二是', '第三、', '首先，', '其次：', '最后，', '最後,', '——', '--']) {
      expect(outlineItemKind({ marker }), marker).toBe('point');
    }
  });

  it('agrees with the family of every marker example, read from the marker alone', () => {
    for (const family of MARKER_FAMILIES) {
      for (const example of MARKER_EXAMPLES[family.id]!.examples) {
        const match = matchMarker(example)!;
        expect(match.family.id, example).toBe(family.id);
        expect(outlineItemKind({ marker: match.marker }), example).toBe(family.kind);
      }
    }
  });

  it('is not misled by the text after the marker (1. + 5G would read as a number)', () => {
    expect(isHeadingItem({ marker: '1.' })).toBe(true);
    const a = analyzeText('在全市工作会议上的讲话\n同志们：\n一、关于5G网络建设\n1. 5G基站要加快建设。\n2. 网络要覆盖全市。\n二、关于安全\n一是要压实责任。\n二是要加强检查。');
    const kinds = a.outline.map((item) => `${item.marker}:${outlineItemKind(item)}`);
    expect(kinds).toEqual(['一、:heading', '1.:heading', '2.:heading', '二、:heading', '一是:point', '二是:point']);
  });

  it('calls a marker no family owns whole a point, so it never enters the navigation pane', () => {
    expect(outlineItemKind({ marker: '' })).toBe('point');
    expect(outlineItemKind({ marker: '★' })).toBe('point');
    expect(outlineItemKind({ marker: '一、一是' })).toBe('point');
  });
});
