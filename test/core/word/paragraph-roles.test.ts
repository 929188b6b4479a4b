import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze';
import type { OutlineItem } from '../../../src/core/types';
import { speechParagraphs } from '../../../src/core/word/paragraph-roles';
import { loadSeeds } from '../seeds';

const headingsOf = (paragraphs: ReturnType<typeof speechParagraphs>) =>
  paragraphs.flatMap((p) => (p.heading ? [`${p.heading.item.level}|${p.text.slice(0, p.heading.length)}`] : []));

describe('speechParagraphs', () => {
  it('marks paragraphs opened by a heading-rank item, with the heading part run in before body text', () => {
    const outline: OutlineItem[] = [
      { level: 1, marker: '第一部分', text: '肯定成绩' },
      { level: 2, marker: '一、', text: '组织体系建设更加健全' },
      { level: 3, marker: '一是', text: '抓班子' },
      { level: 2, marker: '（一）', text: '抓基层、打基础' },
    ];
    const paragraphs = [
      '同志们：',
      '第一部分 肯定成绩',
      '一、组织体系建设更加健全',
      '一是抓班子。班子强则事业兴。',
      '（一）抓基层、打基础。抓好党的基层组织建设，是做好所有工作的前提。',
    ];
    const result = speechParagraphs({ paragraphs, outline });
    expect(result.map((p) => p.text)).toEqual(paragraphs);
    expect(headingsOf(result)).toEqual(['1|第一部分 肯定成绩', '2|一、组织体系建设更加健全', '2|（一）抓基层、打基础。']);
    // a paragraph point (一是) opens its paragraph but is no heading
    expect(result[3]!.heading).toBeUndefined();
  });

  it('leaves a heading-rank item written inside a paragraph as body text', () => {
    const outline: OutlineItem[] = [
      { level: 1, marker: '一、', text: '提高认识' },
      { level: 1, marker: '二、', text: '狠抓落实' },
    ];
    const paragraphs = ['今天的会议很重要。一、提高认识。要站在全局高度看待这项工作。二、狠抓落实。'];
    expect(speechParagraphs({ paragraphs, outline })[0]).toEqual({ text: paragraphs[0] });
  });

  it('skips an item written nowhere, and still finds the headings after it', () => {
    const outline: OutlineItem[] = [
      { level: 1, marker: '一、', text: '不在正文里的标题' },
      { level: 1, marker: '二、', text: '狠抓落实' },
      { level: 1, marker: '三、', text: '加强领导' },
    ];
    const paragraphs = ['二、狠抓落实', '要把各项任务落到实处。', '三、加强领导'];
    expect(headingsOf(speechParagraphs({ paragraphs, outline }))).toEqual(['1|二、狠抓落实', '1|三、加强领导']);
  });

  it('takes the same words twice in their places (two sections with one heading)', () => {
    const outline: OutlineItem[] = [
      { level: 1, marker: '一、', text: '总体要求' },
      { level: 2, marker: '（一）', text: '总体要求' },
    ];
    const paragraphs = ['一、总体要求', '（一）总体要求', '（一）总体要求']; // the last is a repeat in the text, not an item
    expect(headingsOf(speechParagraphs({ paragraphs, outline }))).toEqual(['1|一、总体要求', '2|（一）总体要求']);
  });

  it('on every seed: paragraphs unchanged and in order, each heading-rank item that opens a paragraph is a heading at its level', () => {
    for (const seed of loadSeeds()) {
      const analysis = analyzeText(seed.text);
      const result = speechParagraphs(analysis);
      expect(result.map((p) => p.text), seed.name).toEqual(analysis.paragraphs);
      for (const p of result) {
        if (!p.heading) continue;
        const { item, length } = p.heading;
        expect(p.text.slice(0, length).replace(/\s+/g, ''), seed.name).toMatch(new RegExp('^' + (item.marker + item.text).replace(/\s+/g, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      }
    }
  });

  it('finds the 第一部分 … 一、 … （一） headings of a speech read from text', () => {
    const analysis = analyzeText(
      [
        '在全区基层党建工作推进会上的讲话',
        '同志们：',
        '今天召开这次会议，主要任务是总结上半年工作，部署下半年任务。',
        '第一部分 肯定成绩，坚定信心',
        '一、组织体系建设更加健全',
        '今年以来，全区新建非公企业党组织46个，覆盖率进一步提高。',
        '二、党员队伍管理更加规范',
        '（一）抓发展。严格程序，把政治标准放在首位。',
        '（二）抓教育。组织党员集中轮训，实现全覆盖。',
        '第二部分 正视问题，明确方向',
        '一、思想认识还不到位',
        '有的党组织书记抓党建的意识还不够强。',
      ].join('\n'),
    );
    const headings = headingsOf(speechParagraphs(analysis));
    expect(headings).toEqual([
      '1|第一部分 肯定成绩，坚定信心',
      '2|一、组织体系建设更加健全',
      '2|二、党员队伍管理更加规范',
      '3|（一）抓发展。',
      '3|（二）抓教育。',
      '1|第二部分 正视问题，明确方向',
      '2|一、思想认识还不到位',
    ]);
  });
});
