// The first stage's look at a page. First the cheap part: a page whose title, main heading and
// first lines show no Chinese (page-language.ts) is no Chinese speech — reading the whole text of
// a large foreign page would cost milliseconds. Then the title and the whole text, scripts and all
// (skipping them node by node would cost more than the few false "yes" they cause).
import { textMayHoldSpeech } from '../core/speech-sniff';
import { mayHoldChineseSpeech } from './page-language';

export function pageMayHoldSpeech(doc: Document): boolean {
  if (!mayHoldChineseSpeech(doc)) return false;
  return textMayHoldSpeech(doc.title) || textMayHoldSpeech(doc.body?.textContent ?? '');
}
