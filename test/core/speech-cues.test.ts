import { describe, expect, it } from 'vitest';
import { classifyTitle } from '../../src/core/detect';
import * as cues from '../../src/core/rules/speech-cues';
import { BODY_CUES, NOT_SPEECH_TITLES } from '../../src/core/rules/speech-cues';
import { BODY_CUE_EXAMPLES, OPENING_EXAMPLES, TITLE_EXAMPLES } from '../../src/core/rules/speech-cues.examples';
import { nestedUnboundedQuantifiers } from './regex-safety';

/** Whether a cue counts on a text: `minCount` matches for counted cues, one for the rest. */
function counts(cue: (typeof BODY_CUES)[number], text: string): boolean {
  if (cue.minCount) return (text.match(cue.pattern)?.length ?? 0) >= cue.minCount;
  return cue.pattern.test(text);
}

describe('speech cues (data)', () => {
  it('every body cue has examples, and no examples are left without a cue', () => {
    expect(Object.keys(BODY_CUE_EXAMPLES).sort()).toEqual(BODY_CUES.map((c) => c.id).sort());
    expect(new Set(BODY_CUES.map((c) => c.id)).size).toBe(BODY_CUES.length);
  });

  for (const cue of BODY_CUES) {
    it(`${cue.id}: matches its examples and none of its non-examples`, () => {
      const { examples, nonExamples } = BODY_CUE_EXAMPLES[cue.id]!;
      expect(examples.length).toBeGreaterThan(0);
      for (const text of examples) expect(counts(cue, text), text).toBe(true);
      for (const text of nonExamples) expect(counts(cue, text), text).toBe(false);
      expect(cue.id.startsWith(`${cue.kind}.`)).toBe(true);
      // counted cues are global (String.match counts them); the others are not (test() keeps no state)
      expect(cue.pattern.global).toBe(cue.minCount !== undefined);
    });
  }

  for (const [name, { examples, nonExamples }] of Object.entries(OPENING_EXAMPLES)) {
    it(`${name}: matches its examples and none of its non-examples`, () => {
      const pattern = (cues as unknown as Record<string, RegExp>)[name]!;
      for (const text of examples) expect(pattern.test(text), text).toBe(true);
      for (const text of nonExamples) expect(pattern.test(text), text).toBe(false);
    });
  }

  it('titles are read as the genre they name', () => {
    for (const [kind, titles] of Object.entries(TITLE_EXAMPLES)) {
      for (const title of titles) expect(classifyTitle(title), title).toBe(kind);
    }
  });

  it('no pattern can backtrack catastrophically', () => {
    const patterns = [
      ...BODY_CUES.map((c) => c.pattern),
      ...NOT_SPEECH_TITLES.map((c) => c.pattern),
      ...Object.values(cues).filter((v): v is RegExp => v instanceof RegExp),
    ];
    for (const pattern of patterns) expect(nestedUnboundedQuantifiers(pattern.source), pattern.source).toEqual([]);
  });
});
