// A pattern written in simplified script, matched against a line in either script: the line is
// folded (same length, same offsets: fold.ts) and the groups are read back from the line as
// printed, so a traditional title ("…大會上的講話 2011年6月21日") keeps its own characters.
import { foldScript } from './fold';

/**
 * `pattern`'s match on `text` folded, its groups as `text` prints them (undefined where a group
 * took no part). The pattern needs the `d` flag, which gives the groups' offsets.
 */
export function execFolded(pattern: RegExp, text: string): (string | undefined)[] | null {
  const match = pattern.exec(foldScript(text));
  if (!match) return null;
  const spans = match.indices!;
  return spans.map((span) => (span ? text.slice(span[0], span[1]) : undefined));
}
