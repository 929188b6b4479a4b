// The quick per-line checks several passes ask of every line give the answers of the regular
// expressions they stand for, on every line of the seed documents and on the edge cases.
import { describe, expect, it } from 'vitest';
import { isSalutation, SALUTATION } from '../../src/core/detect';
import { hasStop } from '../../src/core/stops';
import { loadSeeds } from './seeds';

const seedLines = loadSeeds().flatMap((s) => s.text.split('\n').map((l) => l.trim()));

describe('isSalutation', () => {
  it('answers as SALUTATION on every seed line', () => {
    expect(seedLines.filter((l) => SALUTATION.test(l)).length).toBeGreaterThan(0);
    for (const line of seedLines) expect(isSalutation(line), line).toBe(SALUTATION.test(line));
  });

  it('knows every word a salutation opens with', () => {
    const words = /\^\(\?:([^)]*)\)/.exec(SALUTATION.source)![1]!.split('|');
    expect(words.length).toBeGreaterThan(10);
    for (const word of words) expect(isSalutation(`${word}各位代表：`), word).toBe(true);
    expect(isSalutation('同志们！')).toBe(true);
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
