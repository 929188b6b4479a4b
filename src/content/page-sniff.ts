// The first stage's look at a page: its title and its text (scripts and all: reading every
// node's parent to skip them would cost more than the few false "yes" they cause).
import { textMayHoldSpeech } from '../core/speech-sniff';

export function pageMayHoldSpeech(doc: Document): boolean {
  return textMayHoldSpeech(doc.title) || textMayHoldSpeech(doc.body?.textContent ?? '');
}
