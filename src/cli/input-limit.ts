// The largest input the command reads. A saved template page is well under 2 MB (the largest
// page in the corpus is 1.6 MB); parsing takes about 40 bytes of memory per byte of HTML, so a
// 50 MB page took 1.5 GB and 20 s. Anything bigger than this is not one speech.
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export const MAX_INPUT_WORDS = '10 MB';

/** 12345678 → "11.8 MB" (binary megabytes, as the limit is). */
export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
