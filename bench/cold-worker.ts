// One first call in a fresh process: ours or Readability on one page, as a page load or a one-file
// CLI call meets it — nothing compiled yet, no regex run before. Both engines are loaded either way,
// so only the call differs; the parse is timed apart. Prints {wall, cpu} in ms as JSON.
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { decodeHtml } from './documents';
import { runHtmlPipeline } from './html-pipeline';
import { parseHtml } from './parse-html';

export type ColdEngine = 'ours' | 'readability';

const [engine, file, host] = process.argv.slice(2) as [ColdEngine, string, string | undefined];
const document = parseHtml(decodeHtml(readFileSync(file)));
const cpuBefore = process.cpuUsage();
const wallBefore = performance.now();
if (engine === 'ours') runHtmlPipeline(document, host || undefined);
else new Readability(document).parse();
const wall = performance.now() - wallBefore;
const cpu = process.cpuUsage(cpuBefore);
process.stdout.write(JSON.stringify({ wall, cpu: (cpu.user + cpu.system) / 1000 }));
