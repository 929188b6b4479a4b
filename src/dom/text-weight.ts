// How much a piece of text looks like prose: CJK characters count fully, other letters and
// digits a third (about a syllable's worth), and sentence punctuation adds weight, since
// menus and link lists rarely carry any. A plain loop: this runs on every text node of a page.
const PUNCTUATION = new Set('。，、；：！？,.;!?');

const isCjk = (code: number): boolean => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
const isLetterOrDigit = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || (code >= 0xc0 && code !== 0x3000 && !(code >= 0x2000 && code <= 0x206f) && !(code >= 0x3000 && code <= 0x303f) && !(code >= 0xff00 && code <= 0xff0f));

export function textWeight(text: string): number {
  let weight = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isCjk(code)) weight += 1;
    else if (PUNCTUATION.has(text[i]!)) weight += 2;
    else if (isLetterOrDigit(code)) weight += 1 / 3;
  }
  return weight;
}
