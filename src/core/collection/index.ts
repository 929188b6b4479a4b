// The outline collection's pure part (issue 10 §3): the collected speech, the duplicate check,
// the limits, the edits, search, validation and the text exports. Storage is in src/collection.
export { collectSpeech, type CollectedSpeech, type SpeechSource } from './collected-speech';
export { comparableText, fingerprintOverlap, textFingerprint, SHINGLE_LENGTH, type Overlap } from './text-fingerprint';
export { DUPLICATE_CONTAINMENT, MIN_SIZE_RATIO, findDuplicate, isSameSpeech, type DuplicateMatch } from './duplicate';
export { MAX_COLLECTED_SPEECHES, MAX_COLLECTION_BYTES, collectionBytes } from './collection-limits';
export { addSpeech, moveSpeech, removeSpeech, type AddOutcome } from './collection-edits';
export { searchCollection, type SearchHit } from './collection-search';
export { COLLECTION_PROBLEM, collectionFromStored, parseCollectedSpeech, parseCollection, type CollectionProblem } from './parse-collection';
export {
  CHINESE_COLLECTION_LABELS,
  renderCollectionMarkdown,
  renderCollectionText,
  sourceLine,
  speechTitle,
  type CollectionLabels,
} from './render-collection';
