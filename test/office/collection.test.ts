// The 提纲汇编 .docx opened by LibreOffice: every seed and saved page collected into one document
// (the real collection code: a page's repost would be refused, so each is a different speech),
// converted to .odt and back to .docx, and read back: the heading first, then per speech its
// title at outline level 1, its source line, and its outline with each heading-rank item one
// level below its own, markers verbatim, paragraph points as body text.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSpeech, collectSpeech, sourceLine, type CollectedSpeech } from '../../src/core/collection';
import { isHeadingItem } from '../../src/core/word';
import { collectionDocx } from '../../src/export/docx';
import { officeCases } from './cases';
import { paragraphProblems, type ExpectedParagraph } from './compare';
import { convertAll, missingOfficeTools, removeWorkDir } from './libreoffice';
import { readOfficeFile } from './office-xml';

const missingTools = missingOfficeTools();

function collectAll(): CollectedSpeech[] {
  let items: CollectedSpeech[] = [];
  officeCases().forEach((c, i) => {
    const outcome = addSpeech(items, collectSpeech(c.analysis, { id: c.name, site: c.name, url: `http://example.test/${i}.html`, addedAt: new Date(Date.UTC(2026, 11, 1)) }));
    if (outcome.kind === 'added') items = outcome.items;
  });
  return items;
}

function expectedParagraphs(items: readonly CollectedSpeech[]): ExpectedParagraph[] {
  const out: ExpectedParagraph[] = [{ text: '提纲汇编', outlineLevel: 0 }];
  for (const item of items) {
    out.push({ text: item.title || '（无标题）', outlineLevel: 1 });
    out.push({ text: sourceLine(item), outlineLevel: 0 });
    if (item.outline.length === 0) out.push({ text: '（未识别出提纲）', outlineLevel: 0 });
    for (const entry of item.outline) out.push({ text: entry.marker + entry.text, outlineLevel: isHeadingItem(entry) ? entry.level + 1 : 0 });
  }
  return out;
}

describe.skipIf(missingTools.length > 0)('the 提纲汇编 .docx in LibreOffice', () => {
  const items = missingTools.length ? [] : collectAll();
  let dir = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'qg-office-collection-'));
    writeFileSync(join(dir, 'collection.docx'), await collectionDocx(items));
    convertAll([join(dir, 'collection.docx')], 'odt', dir);
    convertAll([join(dir, 'collection.docx')], 'docx:MS Word 2007 XML', join(dir, 'lo'));
  });

  afterAll(() => removeWorkDir(dir));

  it('collects every seed and saved page as a different speech, with outlines three levels deep and more', () => {
    expect(items.length).toBe(officeCases().length);
    expect(Math.max(...items.flatMap((i) => i.outline.filter(isHeadingItem).map((o) => o.level)))).toBeGreaterThanOrEqual(3);
  });

  for (const [format, path] of [
    ['odt', () => join(dir, 'collection.odt')],
    ['docx', () => join(dir, 'lo', 'collection.docx')],
  ] as const) {
    it(`→ LibreOffice → .${format}: titles at level 1, outlines a level below, markers verbatim, source lines, in order`, () => {
      // the whole text of each paragraph is compared, so a marker LibreOffice renumbered or dropped shows
      const problems = paragraphProblems(readOfficeFile(path()), expectedParagraphs(items), () => []);
      expect(problems).toEqual([]);
    });
  }
});
