// A headline that prints a label before the title ("立法會會議 議員議案:改善公務員待遇…", "习近平:在…上的讲话",
// "主题: 歌颂祖国") right over the title alone: the title alone is the speech's own heading, and the
// labelled headline the page's. (A news headline quoting someone, "章立诚:科学谋划…", is the page's title:
// its words come again lower down, under the meta lines, not right under it.) Pure.
import { compareKey } from './normalize';
import { hasStop } from './stops';

/** The longest label before the colon. */
const MAX_LABEL = 20;

/** The bare title's index when the title line is a labelled headline over it; else `titleIndex`. */
export function bareTitleUnderLabelledHeadline(titleIndex: number | undefined, lines: readonly string[], nonBlank: readonly number[]): number | undefined {
  if (titleIndex === undefined) return titleIndex;
  const headline = lines[titleIndex]!.trim();
  const colon = headline.search(/[:：]/);
  if (colon <= 0 || colon > MAX_LABEL || hasStop(headline.slice(0, colon))) return titleIndex;
  const key = compareKey(headline.slice(colon + 1));
  if (key.length < 4) return titleIndex;
  const next = nonBlank[nonBlank.indexOf(titleIndex) + 1];
  return next !== undefined && compareKey(lines[next]!) === key ? next : titleIndex;
}
