// The .docx paragraph reader: text in reading order, Word's outline levels and the Title, and
// the parts of the XML that are no text of the document left out.
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocxParagraphs } from '../../src/input/docx-paragraphs';
import { InputProblem } from '../../src/input/input-problem';
import { docxFromLines, p, r, wordDocumentXml, WORD_STYLES_XML, zipParts } from './docx-fixtures';

const problemOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof InputProblem) return error.code;
    throw error;
  }
  return undefined;
};

describe('readDocxParagraphs', () => {
  it('reads a document made by the docx package: Title, heading levels, a soft break as a new line, entities decoded', async () => {
    const bytes = await docxFromLines(['在全县安全生产工作会议上的讲话', '同志们：', '一、提高思想认识', '（一）安全是底线', '要把安全放在首位 <不讲条件> & 不打折扣。']);
    expect(readDocxParagraphs(bytes)).toEqual([
      { text: '在全县安全生产工作会议上的讲话', outlineLevel: undefined, title: true },
      { text: '同志们：' },
      { text: '一、提高思想认识', outlineLevel: 0 },
      { text: '（一）安全是底线', outlineLevel: 1 },
      { text: '要把安全放在首位 <不讲条件> & 不打折扣。' },
    ].map((item) => Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined))));
  });

  it('reads a document as Word saves it: style ids by name, levels on the paragraph and through basedOn, tab stops, deleted text, field codes and the text box fallback left out', () => {
    const body = [
      p(r('关于做好当前工作的讲话'), '<w:pStyle w:val="a3"/>'),
      p(r('第一部分') + '<w:r><w:tab/></w:r>' + r('总体要求'), '<w:pStyle w:val="1"/><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs>'),
      p(r('（一）统一思想'), '<w:pStyle w:val="MyHeading"/>'),
      p(r('1.明确目标'), '<w:outlineLvl w:val="2"/>'),
      p(r('正文') + '<w:del><w:r><w:delText>删掉的字</w:delText></w:r></w:del>' + '<w:r><w:instrText> PAGE </w:instrText></w:r>' + r('保留'), '<w:outlineLvl w:val="9"/>'),
      p(
        r('图中文字：') +
          '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>' +
          p(r('文本框里的话')) +
          '</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>' +
          p(r('文本框里的话')) +
          '</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>',
      ),
      p('<w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:br w:type="page"/></w:r>'),
      '<w:p/>',
      p(r('   ')),
      p(r('&#x4E00;&#20108;三 &quot;引号&quot; &apos;单&apos;')),
    ].join('');
    const bytes = zipParts({ 'word/document.xml': wordDocumentXml(body), 'word/styles.xml': WORD_STYLES_XML });
    expect(readDocxParagraphs(bytes)).toEqual([
      { text: '关于做好当前工作的讲话', title: true },
      { text: '第一部分\t总体要求', outlineLevel: 0 },
      { text: '（一）统一思想', outlineLevel: 1 },
      { text: '1.明确目标', outlineLevel: 2 },
      { text: '正文保留' },
      { text: '文本框里的话' },
      { text: '图中文字：' },
      { text: '第一行' },
      { text: '第二行' },
      { text: '一二三 "引号" \'单\'' },
    ]);
  });

  it('reads a document without styles.xml (levels on paragraphs only)', () => {
    const bytes = zipParts({ 'word/document.xml': wordDocumentXml(p(r('一、总体要求'), '<w:outlineLvl w:val="0"/>') + p(r('正文。'))) });
    expect(readDocxParagraphs(bytes)).toEqual([{ text: '一、总体要求', outlineLevel: 0 }, { text: '正文。' }]);
  });

  it('refuses a file that is no zip, a damaged zip, and a zip without word/document.xml', async () => {
    expect(problemOf(() => readDocxParagraphs(new TextEncoder().encode('同志们：今天开会。')))).toBe('docx-not-zip');
    const good = await docxFromLines(['标题', '正文。']);
    expect(problemOf(() => readDocxParagraphs(good.subarray(0, Math.floor(good.length / 2))))).toBe('docx-not-zip');
    expect(problemOf(() => readDocxParagraphs(zipParts({ 'content.xml': '<office:document/>' })))).toBe('docx-no-document');
  });

  it('stops at a text part that unpacks beyond the limit (a zip bomb), before unpacking it', () => {
    // 31 MB of one repeated byte compresses to a few tens of KB
    const huge = new Uint8Array(31 * 1024 * 1024).fill(0x20);
    const bytes = zipSync({ 'word/document.xml': huge }, { level: 1 });
    expect(bytes.length).toBeLessThan(200_000);
    expect(problemOf(() => readDocxParagraphs(bytes))).toBe('too-large');
  });
});
