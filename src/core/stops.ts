// Sentence and clause stops, found by character code: several passes ask of every line whether it
// holds one, and a loop over a short line's codes costs a fraction of a regex run.

/** 。！？!?；; — what ends a sentence or a clause (the passes' /[。！？!?；;]/). */
export function isStopCode(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0xff1b || c === 0x3b;
}

/** Whether the line holds a stop (isStopCode). */
export function hasStop(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (isStopCode(line.charCodeAt(i))) return true;
  return false;
}

/** Whether the line's last character, past white space, is a stop (isStopCode): the line closes a sentence or clause. */
export function endsWithStop(line: string): boolean {
  const trimmed = line.trimEnd();
  return trimmed.length > 0 && isStopCode(trimmed.charCodeAt(trimmed.length - 1));
}

/** 。！？!? — what ends a sentence. */
export function hasSentenceEnd(line: string): boolean {
  return sentenceEndAt(line) !== -1;
}

/** Where the line's first sentence end (。！？!?) stands, or -1. */
export function sentenceEndAt(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f) return i;
  }
  return -1;
}
