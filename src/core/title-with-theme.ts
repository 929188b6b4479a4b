// A headline printed again right under itself with the speech's theme after a colon ("…大会上的贺词" /
// "…大会上的贺词:妇女是推动…的伟大力量"): the fuller line is the title, as the page's own heading
// names it; the bare headline over it is the page's. Pure.
import { hasStop } from './stops';

/** The shortest theme after the colon, and the most lines between the two. */
const MIN_THEME = 4;
const REACH = 2;

/** The fuller line's index when the title line is printed again under it with a theme; else `titleIndex`. */
export function titleWithThemeBelow(titleIndex: number | undefined, lines: readonly string[], nonBlank: readonly number[]): number | undefined {
  if (titleIndex === undefined) return titleIndex;
  const title = lines[titleIndex]!.trim();
  const at = nonBlank.indexOf(titleIndex);
  for (const j of nonBlank.slice(at + 1, at + 1 + REACH)) {
    const line = lines[j]!.trim();
    if (line.length <= title.length || !line.startsWith(title)) continue;
    const rest = line.slice(title.length);
    if ((rest[0] === ':' || rest[0] === '：') && rest.slice(1).trim().length >= MIN_THEME && !hasStop(rest)) return j;
  }
  return titleIndex;
}
