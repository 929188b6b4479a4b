// The 提纲汇编 as one Word document: its heading as the title, then per speech its title as a
// level-1 heading, the line saying where it came from, and its outline one level below
// (outlineBlocks of the single-speech export, each heading-rank item moved down a level), so
// Word's navigation pane lists the speeches with their outlines folded under them.
import { CHINESE_COLLECTION_LABELS, sourceLine, speechTitle, type CollectedSpeech, type CollectionLabels } from '../../core/collection';
import { outlineBlocks } from './speech-blocks';
import type { WordBlock } from './word-blocks';

export function collectionBlocks(items: readonly CollectedSpeech[], labels: CollectionLabels = CHINESE_COLLECTION_LABELS): WordBlock[] {
  const blocks: WordBlock[] = [{ kind: 'title', text: labels.heading }];
  for (const item of items) {
    const title = speechTitle(item, labels);
    blocks.push({ kind: 'heading', level: 1, text: title, headingLength: title.length, indentLevels: 0 });
    blocks.push({ kind: 'body', text: sourceLine(item, labels), flush: true });
    if (item.outline.length === 0) blocks.push({ kind: 'body', text: labels.noOutline, flush: true });
    for (const block of outlineBlocks({ title: '', outline: item.outline })) {
      blocks.push(block.kind === 'heading' ? { ...block, level: block.level + 1 } : block);
    }
  }
  return blocks;
}
