// Every line we hold, for the properties of the line rules' prefilters (union-dispatch,
// rule-needs): the real texts, the seeds, test/texts, the saved pages' text between tags, and
// the rules' examples and non-examples.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FRAME_RULE_EXAMPLES } from '../../src/core/rules/frame-rules.examples';
import { CLEAN_SPEECH_SAMPLES, LINE_RULE_EXAMPLES } from '../../src/core/rules/line-rules.examples';
import { VIEWER_RULE_EXAMPLES } from '../../src/core/rules/viewer-rules.examples';
import { SHARED } from './seeds';

const ROOT = join(__dirname, '../..');

function filesUnder(dir: string, name: RegExp): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path, name) : name.test(entry) ? [path] : [];
  });
}

/** The whole texts we hold: the real texts, the seeds and test/texts; the saved pages' text between tags. */
export function realTexts(): string[] {
  const texts = [
    ...filesUnder(join(SHARED, 'corpus/real-text'), /\.txt$/),
    ...filesUnder(join(SHARED, 'seeds'), /\.txt$/),
    ...filesUnder(join(SHARED, 'fixtures/seeds'), /\.txt$/),
    ...filesUnder(join(ROOT, 'test/texts'), /\.txt$/),
  ].map((f) => readFileSync(f, 'utf8'));
  const pages = filesUnder(join(ROOT, 'test/pages'), /^page\.html$/).map((f) => readFileSync(f, 'utf8').replace(/<[^>]*>/g, '\n'));
  return [...texts, ...pages];
}

/** Every line of the texts we hold, trimmed (and with white space collapsed), and the line rules' examples. */
export function realLines(): string[] {
  const examples = [LINE_RULE_EXAMPLES, FRAME_RULE_EXAMPLES, VIEWER_RULE_EXAMPLES].flatMap((set) => Object.values(set).flatMap((e) => [...e.examples, ...e.nonExamples]));
  const lines = realTexts().flatMap((t) => t.split('\n')).map((l) => l.trim());
  return [...new Set([...lines, ...lines.map((l) => l.replace(/\s+/g, ' ')), ...examples, ...CLEAN_SPEECH_SAMPLES])];
}
