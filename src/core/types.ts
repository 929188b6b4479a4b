// The shapes every shell (CLI, content script, popup) shares with the core.
// `Analysis` and `RemovedReason` are public: ../shared/docs/contract.md fixes them.

export const REMOVED_REASONS = [
  'watermark',
  'paywall',
  'promo',
  'contact',
  'meta',
  'breadcrumb',
  'hidden',
  'duplicate-title',
  'site-chrome',
  'user-rule',
] as const;

export type RemovedReason = (typeof REMOVED_REASONS)[number];

export interface Removed {
  text: string;
  reason: RemovedReason;
  /** id of the rule that matched, for review and tests */
  rule?: string;
}

/** A whole line the passes found to be noise: why, and by which rule (analyze.ts keeps them by line). */
export interface LineNoise {
  reason: RemovedReason;
  rule: string;
}

export interface OutlineItem {
  /** 1 = top level */
  level: number;
  /** the prefix exactly as written, separator included: "一、", "(一)", "第一,", "一是", "——" */
  marker: string;
  text: string;
}

export interface AnalysisMeta {
  date?: string;
  host?: string;
  source?: string;
}

export interface Analysis {
  isSpeech: boolean;
  /** 0..1, how sure `isSpeech` is */
  confidence: number;
  title: string;
  meta: AnalysisMeta;
  /** cleaned body in order; the title is not repeated here */
  paragraphs: string[];
  outline: OutlineItem[];
  removed: Removed[];
}

/** One block of source text: a line of a .txt file, a <p> or heading of a page. */
export interface SourceBlock {
  text: string;
  /** the block came from a heading element (h1–h6) */
  heading?: boolean;
}

/** A noise rule written by the user on the options page. */
export interface UserRule {
  pattern: string;
  /** true: `pattern` is a regular expression source; false: plain text */
  regex: boolean;
}

export interface AnalyzeOptions {
  /** the page's host name, when known ("www.gongwenhui.com") */
  host?: string;
  /** the page's own idea of its title (<h1>, or document.title without the site suffix) */
  pageTitle?: string;
  userRules?: UserRule[];
  /** taken out by a shell before the core saw the text (hidden junk, site chrome) */
  preRemoved?: Removed[];
}

/** A fragment of a kept block that cleaning cuts out; offsets index the block's text as given. */
export interface Cut {
  start: number;
  end: number;
  reason: RemovedReason;
}

/** What cleaning decided for one source block, so a shell can apply it in place. */
export interface BlockVerdict {
  role: 'title' | 'body' | 'noise' | 'blank';
  /** set when the whole block is noise */
  reason?: RemovedReason;
  /** fragments to cut from a kept block (empty for whole-block noise) */
  cuts: Cut[];
  /** the cleaned text ("" for noise and blank blocks) */
  text: string;
}

export interface BlockAnalysis {
  analysis: Analysis;
  /** one verdict per input block, same order */
  verdicts: BlockVerdict[];
}
