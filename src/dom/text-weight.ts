// How much a piece of text looks like prose: CJK characters count fully, other letters and
// digits a third (about a syllable's worth), and sentence punctuation adds weight, since
// menus and link lists rarely carry any. A plain loop: this runs on every text node of a page.

/** 。，、；：！？,.;!? */
const isPunctuation = (code: number): boolean =>
  code === 0x3002 || code === 0xff0c || code === 0x3001 || code === 0xff1b || code === 0xff1a || code === 0xff01 ||
  code === 0xff1f || code === 0x2c || code === 0x2e || code === 0x3b || code === 0x21 || code === 0x3f;

const isCjk = (code: number): boolean => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
const isLetterOrDigit = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || (code >= 0xc0 && code !== 0x3000 && !(code >= 0x2000 && code <= 0x206f) && !(code >= 0x3000 && code <= 0x303f) && !(code >= 0xff00 && code <= 0xff0f));

/** The text's weight, added to `weight` (so texts read one after another sum in order). */
export function textWeight(text: string, weight = 0): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isCjk(code)) weight += 1;
    else if (isPunctuation(code)) weight += 2;
    else if (isLetterOrDigit(code)) weight += 1 / 3;
  }
  return weight;
}
