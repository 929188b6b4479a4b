// What each bench section hands back: Markdown for the report and its checks against targets.

export interface TargetCheck {
  target: string;
  measured: string;
  /** undefined when the section could not measure it (say why in `measured`) */
  met: boolean | undefined;
}

export interface SectionResult {
  title: string;
  markdown: string;
  targets: TargetCheck[];
}

export interface BenchContext {
  root: string;
  bundleDir: string;
  /** fewer runs, for trying the harness out */
  quick: boolean;
  /** the HTML pipeline (bench/html-pipeline.ts) */
  htmlPipeline: HtmlPipeline;
  log: (line: string) => void;
}

export type HtmlPipeline = (document: Document, host: string | undefined) => unknown;
