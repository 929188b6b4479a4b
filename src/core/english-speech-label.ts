// A government site's English label over the Chinese text of a speech ("Speech by Ms Grace Fu, Minister for Culture, … at …
// Anniversary Dinner"), under its English headline ("Spirit of contributing back to society plays a part in …"): the headline
// is the page's name of the speech, the label the site's word for what the page holds. Pure.
import { ENGLISH_SPEECH_LINE } from './rules/speech-cues';
import type { LineNoise as Noise } from './types';

/** A headline in English: a capital, then words, no sentence end. */
const ENGLISH_HEADLINE = /^[A-Z][A-Za-z0-9 ,'’:;&()-]{15,150}$/;

export const ENGLISH_SPEECH_LABEL: Noise = { reason: 'meta', rule: 'meta.english-speech-label' };

/** The English headline right over the window's first English "Speech by …" line, if there is one. */
export function englishHeadlineOverSpeechLine(window: readonly number[], lines: readonly string[]): number | undefined {
  const k = window.findIndex((i) => ENGLISH_SPEECH_LINE.test(lines[i]!.trim()));
  if (k <= 0) return undefined;
  const above = lines[window[k - 1]!]!.trim();
  return ENGLISH_HEADLINE.test(above) && !ENGLISH_SPEECH_LINE.test(above) ? window[k - 1] : undefined;
}

/** Whether `line`, under the title, is the site's English label of the speech an English title names. */
export function isEnglishSpeechLabelUnder(title: string, line: string): boolean {
  return ENGLISH_SPEECH_LINE.test(line.trim()) && !/[\u4e00-\u9fff]/.test(title);
}
