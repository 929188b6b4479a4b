// A page's headline that names the pieces it prints, each in quotation marks, joined by 及/和/与
// ("「彭總裁於歡送周副總裁茶會之講詞」及「周副總裁答詞重點」"): a central bank's or a ministry's
// release of a speech and the reply to it. The speech's own title is the first piece's name where
// it stands again as a line of its own under the headline; the headline is the page's.
import { compareKey } from './normalize';
import { allMatches } from './rules/all-matches';

/** Two or more quoted names and nothing else but the words that join them. */
const PIECES_HEADLINE = /^\s*(?:[「《“『][^「」《》“”『』]{2,60}[」》”』]\s*(?:及|和|与|與|暨|、|,|，)\s*){1,5}[「《“『][^「」《》“”『』]{2,60}[」》”』]\s*$/;
const QUOTED = /[「《“『]([^「」《》“”『』]{2,60})[」》”』]/g;

/** The line under such a headline that repeats one of its names (the first there is), if any. */
export function pieceNamedByHeadline(candidates: readonly number[], window: readonly number[], lines: readonly string[]): number | undefined {
  const headline = candidates.find((i) => PIECES_HEADLINE.test(lines[i]!));
  if (headline === undefined) return undefined;
  const names = new Set(allMatches(QUOTED, lines[headline]!).map((m) => compareKey(m[1]!)));
  return window.find((i) => i > headline && names.has(compareKey(lines[i]!)));
}
