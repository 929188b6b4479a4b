// .docx files for the tests: one made by the `docx` package from a seed speech (what an export
// or a modern tool writes), and one written the way Word itself saves a Chinese document (style
// ids "1", "2" named "heading 1", outline levels on paragraphs, a text box saved twice).
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';

const HEADING_MARKER = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)/;
const SUB_MARKER = /^（[一二三四五六七八九十]+）/;

/** A speech's lines as a Word document: its first line the Title, 一、 lines heading 1, （一） lines heading 2. */
export async function docxFromLines(lines: readonly string[], options: { title?: boolean } = {}): Promise<Uint8Array> {
  const paragraphs = lines.map((line, i) => {
    if (i === 0 && options.title !== false) return new Paragraph({ text: line, heading: HeadingLevel.TITLE });
    if (HEADING_MARKER.test(line)) return new Paragraph({ text: line, heading: HeadingLevel.HEADING_1 });
    if (SUB_MARKER.test(line)) return new Paragraph({ text: line, heading: HeadingLevel.HEADING_2 });
    return new Paragraph({ children: [new TextRun(line)] });
  });
  const document = new Document({ sections: [{ children: paragraphs }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

/** A zip holding the given parts, as Word lays a .docx out. */
export function zipParts(parts: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])));
}

export function wordDocumentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

/** styles.xml as Word saves it in Chinese: ids "1"/"2", built-in names, and a custom style based on heading 2. */
export const WORD_STYLES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/></w:style>
<w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="我的小标题"/><w:basedOn w:val="2"/></w:style>
<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/></w:style>
</w:styles>`;

export const p = (inner: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;
export const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
