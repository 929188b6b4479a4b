// The page's extraction in short tasks (issue 12 item 12): the same walks as the one-task
// extractPage (src/dom/extract.ts), paused whenever a slice has used its time, so a 5 MB page
// keeps answering its reader. While we are paused the page may change its DOM: a walk read
// half before and half after a change would match neither page, so any change seen after a
// pause starts the extraction over; a page that keeps changing (a ticker inside a large article)
// is read in one task after a few tries, as it always was.
import { extractPage, extractPageSteps, type ExtractOptions } from '../dom/extract';
import type { ExtractedPage } from '../dom/types';
import type { TaskSlicer } from './task-slicer';

/** Sliced tries before the one-task read of a page that keeps changing. */
export const SLICED_TRIES = 3;

export async function extractPageInSlices(
  doc: Document,
  win: Window & typeof globalThis,
  options: ExtractOptions,
  slicer: TaskSlicer,
): Promise<ExtractedPage> {
  // attributes are left out: the hidden test answers from the styles it read, changed or not
  let changed = false;
  const changes = new win.MutationObserver(() => {
    changed = true;
  });
  changes.observe(doc, { childList: true, characterData: true, subtree: true });
  try {
    for (let attempt = 0; attempt < SLICED_TRIES; attempt++) {
      changed = false;
      const steps = extractPageSteps(doc, options);
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
        await slicer.maybePause();
        // records not yet handed to the callback are taken here (not every DOM delivers them first)
        if (changes.takeRecords().length > 0 || changed) {
          steps.return(undefined as never);
          break;
        }
      }
    }
    return extractPage(doc, options);
  } finally {
    changes.disconnect();
  }
}
