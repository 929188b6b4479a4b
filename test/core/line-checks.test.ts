// The quick per-line checks several passes ask of every line give the answers of the regular
// expressions they stand for, on every line of the seed documents and on the edge cases.
import { describe, expect, it } from 'vitest';
import { isSalutation } from '../../src/core/detect';
import { SALUTATION_LINE } from '../../src/core/rules/speech-cues';
import { OPENING_EXAMPLES } from '../../src/core/rules/speech-cues.examples';
import { hasStop } from '../../src/core/stops';
import { loadSeeds } from './seeds';

const seedLines = loadSeeds().flatMap((s) => s.text.split('\n').map((l) => l.trim()));

describe('isSalutation', () => {
  it('answers as SALUTATION_LINE on every seed line', () => {
    expect(seedLines.filter((l) => SALUTATION_LINE.test(l)).length).toBeGreaterThan(0);
    for (const line of seedLines) expect(isSalutation(line), line).toBe(SALUTATION_LINE.test(line));
  });

  it('lets through every salutation the pattern knows, with a colon or without', () => {
    const { examples, nonExamples } = OPENING_EXAMPLES.SALUTATION_LINE;
    for (const line of examples) expect(isSalutation(line), line).toBe(true);
    for (const line of nonExamples) expect(isSalutation(line), line).toBe(false);
    for (const line of ['同志们！', '朋友们', '同学们,', '大家好！', '各位晚上好', '主任、副主任、各位代表:']) expect(isSalutation(line), line).toBe(true);
    expect(isSalutation('一、同志们：')).toBe(false);
    expect(isSalutation('')).toBe(false);
  });
});

describe('hasStop', () => {
  it('answers as /[。！？!?；;]/ on every seed line and on each stop alone', () => {
    for (const line of seedLines) expect(hasStop(line), line).toBe(/[。！？!?；;]/.test(line));
    for (const stop of '。！？!?；;') expect(hasStop(`一、加强领导${stop}`)).toBe(true);
    for (const other of '，,、：:…—') expect(hasStop(`一、加强领导${other}`)).toBe(false);
  });
});
