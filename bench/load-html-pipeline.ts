// The HTML pipeline is a separate bundle entry that exists only once src/dom has landed, so it
// is loaded by path at run time instead of imported.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { HtmlPipeline } from './section';

export async function loadHtmlPipeline(bundleDir: string): Promise<HtmlPipeline | undefined> {
  const file = join(bundleDir, 'html-pipeline.mjs');
  if (!existsSync(file)) return undefined;
  const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { runHtmlPipeline: HtmlPipeline };
  return module.runHtmlPipeline;
}
