// What is left of a text once stretches of it are taken out: pinyin readings, watermark
// fragments, a stage's cuts. One helper for every pass that reads the rest.

/** The text with the spans (sorted, not overlapping) taken out. */
export function removeSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start);
    at = s.end;
  }
  return out + text.slice(at);
}
