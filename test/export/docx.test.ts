// The .docx export, opened as Word would: the zip's word/document.xml, styles.xml, footers and
// settings. Outline levels, markers as written, paragraph order, the 公文 page (A4, GB/T 9704
// margins, 22 lines × 28 characters) and the "— 1 —" page number field.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';
import type { Analysis, OutlineItem } from '../../src/core/types';
import { GONGWEN_STYLE, gongwenHeadingStyle, isHeadingItem } from '../../src/core/word';
import { docxFileName, outlineDocx, speechDocx } from '../../src/export/docx';
import { A4_MM, GONGWEN_MARGINS_MM } from '../../src/export/docx/page-layout';
import { loadSeeds } from '../core/seeds';
import { attributesOf, childrenNamed, firstNamed, openDocx } from './docx-xml';

const SPEECH = [
  '在全区基层党建工作推进会上的讲话',
  '同志们：',
  '今天召开这次会议，主要任务是总结上半年全区基层党建工作，查找问题短板，部署下半年重点任务。',
  '第一部分 肯定成绩，坚定抓好基层党建的信心',
  '一、组织体系建设更加健全',
  '今年以来，全区新建非公企业和社会组织党组织46个，新组建小区党支部38个，覆盖率进一步提高。',
  '（一）抓班子带队伍。一是选优配强书记，二是加强培训轮训，全区党组织书记全部轮训一遍。',
  '1.加强政治建设',
  '（1）坚持把政治标准放在首位，严格落实“三会一课”制度。',
  '①完善学习制度。各党组织要建立健全学习制度，做到学习有计划、有记录、有成效。',
  '二、党员队伍管理更加规范',
  '首先，要严把入口关。坚持标准、严格程序，把政治标准放在发展党员工作的首位。',
  '其次，要畅通出口关。对不合格党员要及时稳妥处置，保持党员队伍的先进性和纯洁性。',
  '第二部分 正视问题，明确努力方向',
  '第一，思想认识还不到位。有的党组织书记抓党建的意识还不够强。',
  '第二，工作推进还不平衡。有的党组织活动开展不经常、不规范。',
  '——要强化责任落实。各级党组织要把抓基层打基础作为长远之计。',
  '——要强化督促检查。对工作不力的要及时提醒、严肃问责。',
  '同志们，基层党建工作任务艰巨、责任重大，希望大家以更加饱满的热情，推动全区基层党建工作再上新台阶。',
].join('\n');

const W_NS = 'w:';
const heading = (level: number) => `Heading${level}`;
const analysis = analyzeText(SPEECH);
const opened = speechDocx(analysis).then(openDocx);

describe('the speech as .docx', () => {
  it('is the speech we think it is (a check on the test input)', () => {
    expect(analysis.isSpeech).toBe(true);
    const markers = analysis.outline.map((i) => i.marker);
    expect(markers).toEqual(expect.arrayContaining(['第一部分', '一、', '（一）', '1.', '（1）', '①', '首先，', '第一，', '——']));
  });

  it('holds the title, then every paragraph in order, as written', async () => {
    const { paragraphs } = await opened;
    expect(paragraphs.map((p) => p.text)).toEqual([analysis.title, ...analysis.paragraphs]);
    expect(paragraphs[0]!.style).toBe('Title');
    expect(paragraphs[0]!.outlineLevel).toBeUndefined();
  });

  it('sets each heading-rank item that opens a paragraph as "heading N" with outline level N', async () => {
    const { paragraphs } = await opened;
    const headings = paragraphs.filter((p) => p.outlineLevel !== undefined).map((p) => [p.style, p.outlineLevel, p.text.slice(0, 12)]);
    const expected = analysis.outline
      .filter((item) => isHeadingItem(item) && analysis.paragraphs.some((p) => p.replace(/\s/g, '').startsWith((item.marker + item.text).replace(/\s/g, ''))))
      .map((item) => [heading(item.level), item.level - 1, analysis.paragraphs.find((p) => p.replace(/\s/g, '').startsWith((item.marker + item.text).replace(/\s/g, '')))!.slice(0, 12)]);
    expect(headings).toEqual(expected);
    expect(headings.map(([, level]) => level)).toEqual([0, 1, 2, 3, 4, 5, 1, 0]); // 第一部分 一、 （一） 1. （1） ① 二、 第二部分
  });

  it('keeps paragraph points (一是, 第一，, 首先, ——) as body paragraphs with a first-line indent', async () => {
    const { paragraphs } = await opened;
    for (const start of ['首先，', '其次，', '第一，', '第二，', '——']) {
      const p = paragraphs.find((q) => q.text.startsWith(start))!;
      expect(p, start).toBeDefined();
      expect(p.style, start).toBeUndefined();
      expect(p.outlineLevel, start).toBeUndefined();
      expect(Number(p.indent.firstLine), start).toBeGreaterThan(600);
    }
    // the salutation starts at the margin
    expect(paragraphs[1]).toMatchObject({ text: '同志们：', indent: { firstLine: '0' } });
  });

  it('keeps the markers as text: no Word numbering anywhere', async () => {
    const { paragraphs, parts } = await opened;
    expect(childrenNamed((await opened).xml('word/document.xml'), `${W_NS}numPr`)).toEqual([]);
    expect(paragraphs.find((p) => p.style === heading(5))!.text).toBe('（1）坚持把政治标准放在首位，严格落实“三会一课”制度。');
    expect(parts.get('word/document.xml')!.toString('utf8')).not.toContain('<w:numPr>');
  });

  it('sets a heading with body text run in: the heading in its font, the rest in the body font', async () => {
    const { paragraphs } = await opened;
    const runIn = paragraphs.find((p) => p.text.startsWith('（一）'))!;
    expect(runIn.style).toBe(heading(3));
    expect(runIn.runs.map((r) => r.text)).toEqual(['（一）抓班子带队伍。', '一是选优配强书记，二是加强培训轮训，全区党组织书记全部轮训一遍。']);
    expect(runIn.runs[0]!.font).toBeUndefined(); // the heading style's
    expect(runIn.runs[1]!.font).toBe(GONGWEN_STYLE.body.fonts[0]);
  });

  it('defines "heading 1" … "heading 9" with outline levels and the 公文 fonts; the title in 小标宋 二号', async () => {
    const styles = (await opened).xml('word/styles.xml');
    const styleById = (id: string) => childrenNamed(styles, `${W_NS}style`).find((s) => s.getAttribute('w:styleId') === id)!;
    for (let level = 1; level <= 9; level++) {
      const style = styleById(heading(level));
      expect(attributesOf(firstNamed(style, `${W_NS}name`)).val).toBe(`heading ${level}`);
      expect(attributesOf(firstNamed(style, `${W_NS}outlineLvl`)).val).toBe(String(level - 1));
      const expected = gongwenHeadingStyle(level);
      expect(attributesOf(firstNamed(style, `${W_NS}rFonts`)).eastAsia).toBe(expected.fonts[0]);
      expect(attributesOf(firstNamed(style, `${W_NS}sz`)).val).toBe(String(expected.sizePt * 2));
      expect(attributesOf(firstNamed(style, `${W_NS}b`)).val ?? 'true').toBe(String(expected.bold));
    }
    const title = styleById('Title');
    expect(attributesOf(firstNamed(title, `${W_NS}rFonts`)).eastAsia).toBe('方正小标宋简体');
    expect(attributesOf(firstNamed(title, `${W_NS}sz`)).val).toBe('44');
    expect(attributesOf(firstNamed(title, `${W_NS}jc`)).val).toBe('center');
    const normal = styleById('Normal');
    expect(attributesOf(firstNamed(normal, `${W_NS}rFonts`)).eastAsia).toBe('仿宋_GB2312');
    expect(attributesOf(firstNamed(normal, `${W_NS}sz`)).val).toBe('32');
  });

  it('lays out an A4 page with GB/T 9704 margins, 22 lines of 28 characters', async () => {
    const doc = (await opened).xml('word/document.xml');
    const sectPr = firstNamed(doc, `${W_NS}sectPr`)!;
    const size = attributesOf(firstNamed(sectPr, `${W_NS}pgSz`));
    const margin = attributesOf(firstNamed(sectPr, `${W_NS}pgMar`));
    const twips = (mm: number) => expect.closeTo((mm / 25.4) * 1440, -0.5); // within a twip
    expect({ w: Number(size.w), h: Number(size.h) }).toEqual({ w: twips(A4_MM.width), h: twips(A4_MM.height) });
    expect([margin.top, margin.bottom, margin.left, margin.right].map(Number)).toEqual([37, 35, 28, 26].map(twips));
    expect(GONGWEN_MARGINS_MM).toEqual({ top: 37, bottom: 35, left: 28, right: 26 });
    // 22 lines: the grid's pitch and the exact line height of the text
    const grid = attributesOf(firstNamed(sectPr, `${W_NS}docGrid`));
    const typeHeight = Number(size.h) - Number(margin.top) - Number(margin.bottom);
    const pitch = Number(grid.linePitch);
    expect(Math.floor(typeHeight / pitch)).toBe(22);
    const normal = childrenNamed((await opened).xml('word/styles.xml'), `${W_NS}style`).find((s) => s.getAttribute('w:styleId') === 'Normal')!;
    expect(attributesOf(firstNamed(normal, `${W_NS}spacing`))).toMatchObject({ line: String(pitch), lineRule: 'exact' });
    // 28 characters: 16 pt characters drawn closer by the Normal style's character spacing
    const typeWidth = Number(size.w) - Number(margin.left) - Number(margin.right);
    const spacing = Number(attributesOf(childrenNamed(normal, `${W_NS}spacing`).find((s) => s.parentElement?.tagName === 'w:rPr')).val);
    expect(Math.floor(typeWidth / (16 * 20 + spacing))).toBe(28);
  });

  it('numbers pages "— 1 —" at the foot: odd pages right, even pages left', async () => {
    const docx = await opened;
    const sectPr = firstNamed(docx.xml('word/document.xml'), `${W_NS}sectPr`)!;
    const references = childrenNamed(sectPr, `${W_NS}footerReference`).map((r) => attributesOf(r).type);
    expect(references.sort()).toEqual(['default', 'even']);
    expect(childrenNamed(docx.xml('word/settings.xml'), `${W_NS}evenAndOddHeaders`)).toHaveLength(1);
    const rels = docx.xml('word/_rels/document.xml.rels');
    const target = (type: string) => {
      const id = childrenNamed(sectPr, `${W_NS}footerReference`).find((r) => attributesOf(r).type === type)!.getAttribute('r:id');
      return 'word/' + [...rels.getElementsByTagName('Relationship')].find((r) => r.getAttribute('Id') === id)!.getAttribute('Target');
    };
    for (const [type, side] of [['default', 'right'], ['even', 'left']] as const) {
      const footer = docx.xml(target(type));
      const texts = childrenNamed(footer, `${W_NS}t`).map((t) => t.textContent);
      const instruction = childrenNamed(footer, `${W_NS}instrText`).map((t) => t.textContent?.trim());
      expect(texts).toEqual(['— ', ' —']);
      expect(instruction).toEqual(['PAGE']);
      expect(childrenNamed(footer, `${W_NS}fldChar`).map((f) => attributesOf(f).fldCharType)).toEqual(['begin', 'separate', 'end']);
      expect(attributesOf(firstNamed(footer, `${W_NS}jc`)).val).toBe(side);
      expect(attributesOf(firstNamed(footer, `${W_NS}rFonts`)).eastAsia).toBe('宋体');
      expect(attributesOf(firstNamed(footer, `${W_NS}sz`)).val).toBe('28'); // 四号
    }
  });

  it('keeps page text as text: markup, ampersands and XML-forbidden characters never break the file', async () => {
    const hostile: Analysis = {
      ...analysis,
      title: '<img src=x onerror=alert(1)> & “讲话”',
      paragraphs: ['一、<b>加强</b>领导 & 落实\u0001\u0008\uFFFF', '</w:t></w:r></w:p><w:p><w:r><w:t>注入'],
      outline: [{ level: 1, marker: '一、', text: '<b>加强</b>领导 & 落实' }],
    };
    const docx = openDocx(await speechDocx(hostile));
    expect(docx.paragraphs.map((p) => p.text)).toEqual([
      '<img src=x onerror=alert(1)> & “讲话”',
      '一、<b>加强</b>领导 & 落实',
      '</w:t></w:r></w:p><w:p><w:r><w:t>注入',
    ]);
    expect(docx.paragraphs[1]!.outlineLevel).toBe(0);
  });
});

describe('the outline as .docx', () => {
  it('holds the title and every item as marker and words, headings with their outline level, points indented as body text', async () => {
    const { paragraphs } = openDocx(await outlineDocx(analysis));
    expect(paragraphs.map((p) => p.text)).toEqual([analysis.title, ...analysis.outline.map((i) => i.marker + i.text)]);
    analysis.outline.forEach((item, index) => {
      const p = paragraphs[index + 1]!;
      expect(p.outlineLevel, p.text).toBe(isHeadingItem(item) ? item.level - 1 : undefined);
      expect(p.style, p.text).toBe(isHeadingItem(item) ? heading(item.level) : undefined);
      expect(Number(p.indent.left ?? 0), p.text).toBe((item.level - 1) * 2 * (16 * 20 - 5));
    });
  });

  it('leaves out items deeper than the chosen depth', async () => {
    const { paragraphs } = openDocx(await outlineDocx(analysis, { maxDepth: 2 }));
    const kept: OutlineItem[] = analysis.outline.filter((i) => i.level <= 2);
    expect(kept.length).toBeLessThan(analysis.outline.length);
    expect(paragraphs.slice(1).map((p) => p.text)).toEqual(kept.map((i) => i.marker + i.text));
  });

  it('has no title paragraph when the speech has no title', async () => {
    const { paragraphs } = openDocx(await outlineDocx({ title: '', outline: analysis.outline.slice(0, 2) }));
    expect(paragraphs.map((p) => p.style)).toEqual([heading(1), heading(2)]);
  });
});

describe('the seeds as .docx', () => {
  it('keep every paragraph in order and give each heading-rank item at a paragraph start its level', async () => {
    for (const seed of loadSeeds()) {
      const a = analyzeText(seed.text);
      const { paragraphs } = openDocx(await speechDocx(a));
      expect(paragraphs.map((p) => p.text), seed.name).toEqual([a.title, ...a.paragraphs]);
      for (const p of paragraphs.filter((q) => q.outlineLevel !== undefined)) {
        const item = a.outline.find((i) => p.text.replace(/\s/g, '').startsWith((i.marker + i.text).replace(/\s/g, '')))!;
        expect(isHeadingItem(item), p.text).toBe(true);
        expect(p.outlineLevel, p.text).toBe(item.level - 1);
      }
    }
  });
});

describe('docxFileName', () => {
  it('names the file after the title, the outline with （提纲）', () => {
    expect(docxFileName('在全区基层党建工作推进会上的讲话', 'speech')).toBe('在全区基层党建工作推进会上的讲话.docx');
    expect(docxFileName('关于“A/B”的讲话?', 'outline')).toBe('关于“A／B”的讲话？（提纲）.docx');
    expect(docxFileName('', 'outline')).toBe('讲话稿（提纲）.docx');
    expect(docxFileName('', 'speech', 'page-01')).toBe('page-01.docx');
    expect(Buffer.byteLength(docxFileName('讲'.repeat(200), 'outline'))).toBeLessThanOrEqual(200);
  });
});
