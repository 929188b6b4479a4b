// The command's input limits live with the reading code the 清稿台 shares (src/input).
export { MAX_INPUT_BYTES, MAX_INPUT_WORDS, megabytes } from '../input/input-limits';
