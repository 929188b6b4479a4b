// The exported .docx opened by LibreOffice, the real client here: for every seed and saved page,
// the whole-speech and the outline documents are converted (one soffice run per format) to .odt
// (what its navigator reads), back to .docx (what it keeps of ours) and to PDF, and read back:
// the title and every paragraph in order, each heading-rank item a heading whose outline level is
// its level, markers verbatim, the 公文 fonts, the GB/T 9704 page, 28 characters a line, the
// "— N —" page numbers, and pdftotext holding every paragraph in order.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/types';
import { GONGWEN_STYLE, gongwenHeadingStyle, isHeadingItem, type WordTextStyle } from '../../src/core/word';
import { speechParagraphs } from '../../src/core/word/paragraph-roles';
import { outlineDocx, speechDocx } from '../../src/export/docx';
import { officeCases, type OfficeCase } from './cases';
import { missingFromPdf, PAGE_NUMBER_LINE, paragraphProblems, withoutPageNumbers } from './compare';
import { convertAll, missingOfficeTools, pdfText, removeWorkDir } from './libreoffice';
import { readOfficeFile, type OfficeDocument } from './office-xml';
import { readZip } from './zip';

type Kind = 'speech' | 'outline';

/** One paragraph the document must hold. `headingChars`: how much of it is the heading's own words. */
interface Expected {
  text: string;
  /** 0 = body text */
  outlineLevel: number;
  style: WordTextStyle;
  marker?: string;
  headingChars?: number;
}

function expectedParagraphs(analysis: Analysis, kind: Kind): Expected[] {
  const out: Expected[] = analysis.title ? [{ text: analysis.title, outlineLevel: 0, style: GONGWEN_STYLE.title }] : [];
  if (kind === 'outline') {
    for (const item of analysis.outline) {
      const heading = isHeadingItem(item);
      out.push({
        text: item.marker + item.text,
        outlineLevel: heading ? item.level : 0,
        style: heading ? gongwenHeadingStyle(item.level) : GONGWEN_STYLE.body,
        marker: item.marker,
      });
    }
    return out;
  }
  for (const p of speechParagraphs(analysis)) {
    if (!p.heading) out.push({ text: p.text, outlineLevel: 0, style: GONGWEN_STYLE.body });
    else {
      const { item, length } = p.heading;
      out.push({ text: p.text, outlineLevel: item.level, style: gongwenHeadingStyle(item.level), marker: item.marker, headingChars: length });
    }
  }
  return out;
}

const describeStyle = (s: { fonts?: readonly string[]; font?: string; sizePt?: number; bold?: boolean }) =>
  `${s.font ?? s.fonts?.[0]} ${s.sizePt}pt${s.bold ? ' bold' : ''}`;

/** What differs between the document LibreOffice read and what we wrote; empty when right. */
function structureProblems(doc: OfficeDocument, expected: Expected[]): string[] {
  return paragraphProblems(doc, expected, (para, want) => {
    const problems: string[] = [];
    if (want.marker && !para.text.startsWith(want.marker)) problems.push(`does not start with its marker ${want.marker}`);
    let at = 0;
    for (const run of para.runs) {
      const start = at;
      at += run.text.length;
      if (run.text.trim() === '') continue;
      // a run-in heading: its own words in the heading's font, the sentences after it in the body's
      const style = want.headingChars !== undefined && start >= want.headingChars ? GONGWEN_STYLE.body : want.style;
      if (describeStyle(run) !== describeStyle(style)) problems.push(`run ${JSON.stringify(run.text.slice(0, 12))} is ${describeStyle(run)}, expected ${describeStyle(style)}`);
    }
    return problems;
  });
}

/** Closing punctuation may hang past a full line's end (as in Word): not counted. */
const HANGING_PUNCTUATION = /[，。、；：？！”’）》]$/u;

/** Lines of the PDF that are all Han characters and full-width punctuation: a full line holds 28. */
function fullWidthLineLengths(pdf: string): number[] {
  return withoutPageNumbers(pdf)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[\p{Script=Han}，。、；：？！“”‘’（）《》—…]+$/u.test(line))
    .map((line) => [...line.replace(HANGING_PUNCTUATION, '')].length);
}

const missingTools = missingOfficeTools();

describe.skipIf(missingTools.length > 0)('the exported .docx in LibreOffice', () => {
  const cases = missingTools.length ? [] : officeCases();
  let dir = '';
  const file = (c: OfficeCase, kind: Kind, format: string) => join(dir, `${c.name}.${kind}.${format}`);
  const roundTrip = (c: OfficeCase, kind: Kind) => join(dir, 'lo', `${c.name}.${kind}.docx`);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'qg-office-docx-'));
    const docxFiles: string[] = [];
    for (const c of cases) {
      writeFileSync(file(c, 'speech', 'docx'), await speechDocx(c.analysis));
      writeFileSync(file(c, 'outline', 'docx'), await outlineDocx(c.analysis));
      docxFiles.push(file(c, 'speech', 'docx'), file(c, 'outline', 'docx'));
    }
    for (const [format, outDir] of [['odt', dir], ['pdf', dir], ['docx:MS Word 2007 XML', join(dir, 'lo')]] as const) {
      const started = Date.now();
      convertAll(docxFiles, format, outDir);
      console.log(`test:office: ${docxFiles.length} .docx → ${format.split(':')[0]} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  });

  afterAll(() => removeWorkDir(dir));

  it('runs on the five seeds and every saved page, with heading-rank items and points in them', () => {
    expect(cases.filter((c) => c.name.startsWith('seed-'))).toHaveLength(5);
    expect(cases.filter((c) => c.name.startsWith('page-')).length).toBeGreaterThan(40);
    const opened = cases.flatMap((c) => speechParagraphs(c.analysis).filter((p) => p.heading));
    expect(opened.length).toBeGreaterThan(100);
    expect(new Set(opened.map((p) => p.heading!.item.level)).size).toBeGreaterThanOrEqual(3);
  });

  for (const kind of ['speech', 'outline'] as const) {
    for (const format of ['odt', 'docx'] as const) {
      it(`${kind} → LibreOffice → .${format}: title first, every paragraph in order, heading levels, markers verbatim, 公文 fonts`, () => {
        const problems = cases.flatMap((c) => {
          const doc = readOfficeFile(format === 'odt' ? file(c, kind, 'odt') : roundTrip(c, kind));
          return structureProblems(doc, expectedParagraphs(c.analysis, kind)).map((p) => `${c.name}: ${p}`);
        });
        expect(problems).toEqual([]);
      });
    }

    it(`${kind} → PDF: pdftotext holds every paragraph in order; pages are numbered "— N —"`, () => {
      const problems = cases.flatMap((c) => {
        const text = pdfText(file(c, kind, 'pdf'));
        const pages = text.split('\f').filter((page) => page.trim() !== '');
        const numbers = pages.map((page) => page.split('\n').map((l) => l.trim()).filter((l) => PAGE_NUMBER_LINE.test(l)));
        const badNumbers = numbers.flatMap((found, i) =>
          found.length === 1 && found[0]!.replace(/\s+/g, '') === `—${i + 1}—` ? [] : [`page ${i + 1} shows ${JSON.stringify(found)}`],
        );
        const missing = missingFromPdf(text, expectedParagraphs(c.analysis, kind).map((p) => p.text)).map((m) => `missing ${JSON.stringify(m)}`);
        return [...badNumbers, ...missing].map((p) => `${c.name}: ${p}`);
      });
      expect(problems).toEqual([]);
    });
  }

  it('lays the speech out 28 characters a line', () => {
    // every line of Han text and full-width punctuation that is not a paragraph's last holds 28
    const lengths = cases.flatMap((c) => fullWidthLineLengths(pdfText(file(c, 'speech', 'pdf'))));
    expect(lengths.length).toBeGreaterThan(200);
    expect(Math.max(...lengths)).toBe(28);
    const full = lengths.filter((n) => n >= 26);
    expect(full.filter((n) => n === 28).length / full.length).toBeGreaterThan(0.5);
  });

  it('keeps the GB/T 9704 page through LibreOffice: A4, margins 37/35/28/26 mm, a 22-line grid, the footers', () => {
    const problems = cases.flatMap((c) => {
      const parts = readZip(readFileSync(roundTrip(c, 'speech')));
      const doc = new DOMParser().parseFromString(parts.get('word/document.xml')!.toString('utf8'), 'text/xml');
      const attrs = (name: string) => {
        const el = doc.getElementsByTagName(name)[0];
        return Object.fromEntries([...(el?.attributes ?? [])].map((a: Attr) => [a.name.replace(/^w:/, ''), Number(a.value)]));
      };
      const mm = (twips: number) => Math.round((twips / 1440) * 25.4);
      const size = attrs('w:pgSz');
      const margin = attrs('w:pgMar');
      const grid = attrs('w:docGrid');
      const found = {
        page: [mm(size.w!), mm(size.h!)],
        margins: [mm(margin.top!), mm(margin.bottom!), mm(margin.left!), mm(margin.right!)],
        lines: Math.floor((size.h! - margin.top! - margin.bottom!) / grid.linePitch!),
        footers: doc.getElementsByTagName('w:footerReference').length,
      };
      const want = { page: [210, 297], margins: [37, 35, 28, 26], lines: 22, footers: 2 };
      return JSON.stringify(found) === JSON.stringify(want) ? [] : [`${c.name}: ${JSON.stringify(found)}`];
    });
    expect(problems).toEqual([]);
  });
});
