// A second text printed under the speech: after the speech's closing thanks, a new title over a
// "——…" subtitle ("竞选班干部" / "——之竞选班长", then a teacher's note) opens another article, and
// the page's text from there on is not the speech's. Pure.
import { charLength } from './normalize';
import { isTitleLike, namesSpeech } from './title';
import type { LineNoise as Noise } from './types';


/** The speech's last words: thanks closing its line ("…机会,谢谢大家!", "谢谢!"). */
const CLOSING_THANKS = /谢谢(?:大家|各位)?[!！。]?$/;
/** "——之竞选班长": a subtitle under the new title, no sentence (a speech's own "——在…上的讲话" is left alone). */
const SUBTITLE = /^(?:——|－－|--)[^。！？!?；;]{1,30}$/;
const MAX_TITLE = 30;

export function markAppendedArticle(lines: readonly string[], nonBlank: readonly number[], noise: Map<number, Noise>, bodyStart: number): void {
  const stays = (i: number) => i >= bodyStart && !noise.has(i);
  // the lines that stay are read one by one, the two after a closing only when one is found
  for (let k = 0; k < nonBlank.length; k++) {
    const line = lines[nonBlank[k]!]!;
    // the thanks are looked for as words first (speed): most lines hold none
    if (!line.includes('谢谢') || !stays(nonBlank[k]!) || !CLOSING_THANKS.test(line)) continue;
    const [titleAt, subtitleAt] = nextStaying(nonBlank, k, stays);
    if (subtitleAt === undefined) return; // no two lines stay after it, nor after any later one
    const title = lines[titleAt!]!;
    const subtitle = lines[subtitleAt]!.trim();
    if (charLength(title) > MAX_TITLE || !isTitleLike(title) || !SUBTITLE.test(subtitle) || namesSpeech(subtitle)) continue;
    for (const i of nonBlank) if (i >= titleAt! && !noise.has(i)) noise.set(i, { reason: 'site-chrome', rule: 'site-chrome.appended-article' });
    return;
  }
}

/** The next two lines after nonBlank[k] that stay. */
function nextStaying(nonBlank: readonly number[], k: number, stays: (i: number) => boolean): (number | undefined)[] {
  const found: number[] = [];
  for (let j = k + 1; j < nonBlank.length && found.length < 2; j++) if (stays(nonBlank[j]!)) found.push(nonBlank[j]!);
  return [found[0], found[1]];
}
