// PLACEHOLDER until the real pipeline lands: every non-empty block is body.
import type { Analysis, AnalyzeOptions, BlockAnalysis, SourceBlock } from './types';
import { stripInvisible } from './normalize';

export function splitTextIntoBlocks(text: string): SourceBlock[] {
  return text.split(/\r\n|\r|\n/).map((line) => ({ text: line }));
}

export function analyzeBlocks(blocks: SourceBlock[], options: AnalyzeOptions = {}): BlockAnalysis {
  const verdicts = blocks.map((b) => {
    const text = stripInvisible(b.text).trim();
    return text ? { role: 'body' as const, cuts: [], text } : { role: 'blank' as const, cuts: [], text: '' };
  });
  const analysis: Analysis = {
    isSpeech: false,
    confidence: 0,
    title: '',
    meta: options.host ? { host: options.host } : {},
    paragraphs: verdicts.filter((v) => v.role === 'body').map((v) => v.text),
    outline: [],
    removed: [...(options.preRemoved ?? [])],
  };
  return { analysis, verdicts };
}

export function analyzeText(text: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeBlocks(splitTextIntoBlocks(text), options).analysis;
}
