// The 提纲汇编 as .docx, opened as Word would: the heading, then per speech its title as a
// level-1 heading, the source line, and its outline a level down, markers as written.
import { describe, expect, it } from 'vitest';
import { isHeadingItem } from '../../src/core/word';
import { collectionDocx } from '../../src/export/docx';
import { analyzed, collected, corpusText, seedText, subscriptionText } from '../core/collection/speeches';
import { openDocx } from './docx-xml';

const speeches = [
  collected(analyzed(seedText('003_3bff632dc2e1cae2.txt')), 'www.gongwenhui.com', 'http://www.gongwenhui.com/a/3.html'),
  collected(analyzed(corpusText('55-dangke-toc-then-title')), 'www.example.org', 'https://www.example.org/dangke.html'),
  collected(analyzed(subscriptionText('dangke-sanbufen')), '党课.docx', ''),
];

describe('the collection as .docx', () => {
  it('is built from speeches with outlines of more than one level (a check on the test input)', () => {
    expect(speeches[0]!.outline.length).toBeGreaterThan(0); // paragraph points only (第一，…)
    expect(speeches[0]!.outline.some(isHeadingItem)).toBe(false);
    expect(speeches.some((s) => s.outline.some((o) => isHeadingItem(o) && o.level > 1))).toBe(true);
  });

  it('holds, per speech, its title as heading 1, its source line and its outline a level below, in order', async () => {
    const { paragraphs } = await openDocx(await collectionDocx(speeches));
    const expected: [string, string | undefined, number | undefined][] = [['提纲汇编', 'Title', undefined]];
    for (const speech of speeches) {
      expected.push([speech.title, 'Heading1', 0]);
      expected.push(['来源：' + [speech.site, speech.url, speech.date].filter(Boolean).join('　'), undefined, undefined]);
      for (const item of speech.outline) {
        expected.push(isHeadingItem(item) ? [item.marker + item.text, `Heading${item.level + 1}`, item.level] : [item.marker + item.text, undefined, undefined]);
      }
    }
    expect(paragraphs.map((p) => [p.text, p.style, p.outlineLevel])).toEqual(expected);
  });
});
