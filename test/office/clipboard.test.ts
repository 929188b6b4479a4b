// The clipboard's rich flavour, pasted the way LibreOffice pastes HTML (its Writer HTML import),
// then saved as .odt, .docx and PDF and read back: for every seed and saved page, both copies
// (outline and full text) keep the title first, each heading-rank item as a heading whose
// outline level is its level, the markers verbatim, the 公文 fonts on every run (or, with the
// format off, none of them), and the PDF holds every paragraph in order.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/types';
import {
  GONGWEN_STYLE,
  gongwenHeadingStyle,
  outlineItemKind,
  renderOutlineClipboardHtml,
  renderTextClipboardHtml,
  speechParagraphs,
  type WordTextStyle,
} from '../../src/core/word';
import { officeCases, type OfficeCase } from './cases';
import { missingFromPdf, paragraphProblems } from './compare';
import { convertAll, missingOfficeTools, pdfText, removeWorkDir } from './libreoffice';
import { readOfficeFile, type OfficeDocument, type Paragraph } from './office-xml';

type Copy = 'outline' | 'text';

/** One paragraph the paste must hold; `headingChars`: how much of it is the heading's own words. */
interface Expected {
  text: string;
  outlineLevel: number;
  style: WordTextStyle;
  headingChars?: number;
}


function expectedParagraphs(analysis: Analysis, copy: Copy): Expected[] {
  const out: Expected[] = [];
  if (analysis.title) out.push({ text: analysis.title, outlineLevel: 0, style: GONGWEN_STYLE.title });
  if (copy === 'outline') {
    for (const item of analysis.outline) {
      const heading = outlineItemKind(item) === 'heading';
      out.push({
        text: item.marker + item.text,
        outlineLevel: heading ? item.level : 0,
        style: heading ? gongwenHeadingStyle(item.level) : GONGWEN_STYLE.body,
      });
    }
    return out;
  }
  for (const { text, heading } of speechParagraphs(analysis)) {
    if (heading) out.push({ text, outlineLevel: heading.item.level, style: gongwenHeadingStyle(heading.item.level), headingChars: heading.length });
    else out.push({ text, outlineLevel: 0, style: GONGWEN_STYLE.body });
  }
  return out;
}

/** What differs between the paste and what was copied; empty when the paste is right. */
function structureProblems(doc: OfficeDocument, expected: Expected[], gongwen: boolean): string[] {
  return paragraphProblems(doc, expected, (para, want) => fontProblems(para, want, gongwen));
}

/** Text whose script LibreOffice knows: CJK ideographs and kana, letters and digits. */
const STRONG = /[\p{Script=Han}\p{L}\p{N}]/u;

const GONGWEN_FONTS = new Set([GONGWEN_STYLE.title, ...GONGWEN_STYLE.headings, GONGWEN_STYLE.body].flatMap((s) => s.fonts));

function fontProblems(para: Paragraph, want: Expected, gongwen: boolean): string[] {
  const problems: string[] = [];
  let at = 0;
  for (const run of para.runs) {
    const start = at;
    at += run.text.length;
    if (run.text.trim() === '') continue;
    if (!gongwen) {
      if (run.font && GONGWEN_FONTS.has(run.font)) problems.push(`run ${JSON.stringify(run.text.slice(0, 12))} is set in ${run.font} with the 公文 format off`);
      continue;
    }
    // a run-in heading: its own words take the heading font, the sentences after it the body's
    const inTail = want.headingChars !== undefined && start >= want.headingChars;
    const style = inTail ? GONGWEN_STYLE.body : want.style;
    const font = `${run.font} ${run.sizePt}pt${run.bold ? ' bold' : ''}`;
    const described = (s: WordTextStyle) => `${s.fonts[0]} ${s.sizePt}pt${s.bold ? ' bold' : ''}`;
    // LibreOffice gives inline fonts only to text whose script it knows, so punctuation among
    // the sentences after a run-in heading (",", "(") keeps the heading's East Asian font: a
    // known limit of its HTML import, accepted for punctuation only
    const punctuationInTail = inTail && !STRONG.test(run.text) && font === described(want.style);
    if (font !== described(style) && !punctuationInTail) problems.push(`run ${JSON.stringify(run.text.slice(0, 12))} is ${font}, expected ${described(style)}`);
  }
  return problems;
}

const missingTools = missingOfficeTools();

describe.skipIf(missingTools.length > 0)('clipboard HTML pasted into LibreOffice', () => {
  const cases = missingTools.length ? [] : officeCases();
  let dir = '';
  /** case name → copy → format → output path */
  const outputs = new Map<string, string>();
  const key = (c: OfficeCase, copy: Copy, gongwen: boolean, format: string) => `${c.name}.${copy}${gongwen ? '' : '-plain'}.${format}`;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'qg-office-clipboard-'));
    const gongwenFiles: string[] = [];
    const plainFiles: string[] = [];
    for (const c of cases) {
      for (const copy of ['outline', 'text'] as const) {
        for (const gongwen of [true, false]) {
          const render = copy === 'outline' ? renderOutlineClipboardHtml : renderTextClipboardHtml;
          const file = join(dir, key(c, copy, gongwen, 'html'));
          writeFileSync(file, render(c.analysis, { gongwen }));
          (gongwen ? gongwenFiles : plainFiles).push(file);
        }
      }
    }
    const record = (files: string[], format: string) => {
      const started = Date.now();
      const made = convertAll(files, format, dir);
      console.log(`test:office: ${files.length} HTML files → ${format} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      files.forEach((f, i) => outputs.set(f.replace(/html$/, format), made[i]!));
    };
    record([...gongwenFiles, ...plainFiles], 'odt');
    record([...gongwenFiles, ...plainFiles], 'docx');
    record(gongwenFiles, 'pdf');
  });

  afterAll(() => removeWorkDir(dir));

  it('runs on the five seeds and every saved page', () => {
    expect(cases.filter((c) => c.name.startsWith('seed-'))).toHaveLength(5);
    expect(cases.filter((c) => c.name.startsWith('page-')).length).toBeGreaterThan(40);
    // some heading-rank items and some points, or the checks below would prove little
    const items = cases.flatMap((c) => c.analysis.outline);
    expect(items.filter((i) => outlineItemKind(i) === 'heading').length).toBeGreaterThan(100);
    expect(items.filter((i) => outlineItemKind(i) === 'point').length).toBeGreaterThan(100);
  });

  for (const format of ['odt', 'docx'] as const) {
    for (const copy of ['outline', 'text'] as const) {
      it(`${copy} copy → .${format}: title first, heading levels, markers verbatim, 公文 fonts`, () => {
        const problems = cases.flatMap((c) => {
          const doc = readOfficeFile(outputs.get(join(dir, key(c, copy, true, format)))!);
          return structureProblems(doc, expectedParagraphs(c.analysis, copy), true).map((p) => `${c.name}: ${p}`);
        });
        expect(problems).toEqual([]);
      });

      it(`${copy} copy with the 公文 format off → .${format}: the same structure, the user's own fonts`, () => {
        const problems = cases.flatMap((c) => {
          const doc = readOfficeFile(outputs.get(join(dir, key(c, copy, false, format)))!);
          return structureProblems(doc, expectedParagraphs(c.analysis, copy), false).map((p) => `${c.name}: ${p}`);
        });
        expect(problems).toEqual([]);
      });
    }
  }

  for (const copy of ['outline', 'text'] as const) {
    it(`${copy} copy → PDF: pdftotext holds every paragraph in order`, () => {
      const problems = cases.flatMap((c) => {
        const text = pdfText(outputs.get(join(dir, key(c, copy, true, 'pdf')))!);
        return missingFromPdf(text, expectedParagraphs(c.analysis, copy).map((p) => p.text)).map((m) => `${c.name}: missing ${JSON.stringify(m)}`);
      });
      expect(problems).toEqual([]);
    });
  }
});
