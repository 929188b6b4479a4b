// Why an input cannot be analyzed. The code is what the 清稿台 translates (one localised
// sentence per file); the message is the command line's English, printed after the file name.
export type InputProblemCode =
  | 'empty'
  | 'binary'
  | 'undecodable'
  | 'too-large'
  | 'docx-not-zip'
  | 'docx-no-document'
  | 'docx-empty';

export class InputProblem extends Error {
  override name = 'InputProblem';
  constructor(
    readonly code: InputProblemCode,
    message: string,
  ) {
    super(message);
  }
}
