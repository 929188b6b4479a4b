// Whether a speech is already in the collection. The test is on the cleaned text only (titles
// are decorated differently on every site, URLs differ for a repost): two texts are the same
// speech when at least DUPLICATE_CONTAINMENT of the shorter one's shingles are in the longer
// one, and the shorter one is at least MIN_SIZE_RATIO of the longer (a paywalled repost that
// shows half of the speech is still the speech; a one-paragraph excerpt inside a long
// collection page is not the collection).
import type { CollectedSpeech } from './collected-speech';
import { fingerprintOverlap, textFingerprint, type Overlap } from './text-fingerprint';

/** Measured on reposts with other watermarks and a few changed lines (≥ 0.9) and on different
 * speeches, on one topic too (≤ 0.15 over the 108 real-text pages): test/core/collection/duplicate.test.ts. */
export const DUPLICATE_CONTAINMENT = 0.5;
export const MIN_SIZE_RATIO = 0.4;

export function isSameSpeech(overlap: Overlap): boolean {
  return overlap.containment >= DUPLICATE_CONTAINMENT && overlap.sizeRatio >= MIN_SIZE_RATIO;
}

export interface DuplicateMatch {
  item: CollectedSpeech;
  overlap: Overlap;
}

/**
 * The collected speech `paragraphs` repeats, if any (the closest when several do). Fingerprints
 * of the collection are made on each call: a few hundred speeches take milliseconds, and
 * storing them would double what the collection keeps.
 */
export function findDuplicate(items: readonly CollectedSpeech[], paragraphs: readonly string[]): DuplicateMatch | undefined {
  const candidate = textFingerprint(paragraphs);
  if (candidate.length === 0) return undefined;
  let best: DuplicateMatch | undefined;
  for (const item of items) {
    const overlap = fingerprintOverlap(candidate, textFingerprint(item.paragraphs));
    if (isSameSpeech(overlap) && (!best || overlap.containment > best.overlap.containment)) best = { item, overlap };
  }
  return best;
}
