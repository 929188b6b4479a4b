// Page numbers of document viewers. They are never outline items and never speech:
//  - a line that is nothing but a page number ("2", "- 3 -", "第2页", "第 1 页 共 5 页", "3/12");
//  - 文库 viewers print each page's text as one block opening with its number: "1、县工商联…"
//    "2、书长人选(草案)…". A page break falls anywhere, even inside a word ("…大会秘" / "2、书长").
//    Told apart from a numbered list by the run: the numbers count up from 1 on consecutive long
//    blocks, and some page before the last stops in the middle of a sentence.
import { charLength } from '../normalize';
import { endsSentence } from './text-shape';

export const PAGE_NUMBER_LINE =
  /^(?:[-—–]\s{0,2})?\d{1,3}(?:\s{0,2}[-—–])?$|^第\s{0,2}\d{1,3}\s{0,2}页(?:\s{0,2}[/／,，]?\s{0,2}共\s{0,2}\d{1,3}\s{0,2}页)?$|^\d{1,3}\s{0,2}[/／]\s{0,2}\d{1,3}$/;

const PAGE_START = /^(\d{1,3})、/;
/** A viewer page holds a page of text; a numbered point is usually shorter. */
const MIN_PAGE_LENGTH = 150;
const ENDS_CLAUSE = /[:：;；]$/;

export interface PageStart {
  /** index into the lines */
  line: number;
  /** length of the number and its 、 */
  length: number;
}

/**
 * Runs of lines that open a viewer page with its number, in order. `lines` are normalized;
 * '' is a blank line.
 */
export function findPageRuns(lines: readonly string[]): PageStart[][] {
  const runs: PageStart[][] = [];
  const nonBlank: number[] = [];
  lines.forEach((l, i) => l && nonBlank.push(i));
  let run: PageStart[] = [];
  const flush = () => {
    if (isPageRun(run, lines)) runs.push(run);
    run = [];
  };
  nonBlank.forEach((i, at) => {
    const m = PAGE_START.exec(lines[i]!);
    const number = m ? Number(m[1]) : 0;
    const follows = run.length > 0 && number === run.length + 1 && nonBlank[at - 1] === run[run.length - 1]!.line;
    if (!follows) flush();
    if (number === 1 || follows) run.push({ line: i, length: m![0].length });
  });
  flush();
  return runs;
}

/** Whether a line (normalized) opens with a viewer page's number: no line that does not can start a run. */
export function opensViewerPage(line: string): boolean {
  return PAGE_START.test(line);
}

/** A page that stops in the middle of a sentence goes on in the next page. */
export function breaksMidSentence(page: string): boolean {
  return !endsSentence(page) && !ENDS_CLAUSE.test(page);
}

function isPageRun(run: readonly { line: number }[], lines: readonly string[]): boolean {
  if (run.length < 2) return false;
  // every page but the last (which the capture may cut short) is a page long
  if (!run.slice(0, -1).every((p) => charLength(lines[p.line]!) >= MIN_PAGE_LENGTH)) return false;
  return run.slice(0, -1).some((p) => breaksMidSentence(lines[p.line]!));
}
