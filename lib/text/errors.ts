// An input the text stage refuses. The message names the file (when known) and the problem.
export type TextInputErrorCode = "empty" | "binary" | "undecodable" | "no-articles" | "too-large" | "line-too-long" | "article-too-long" | "not-prose";

export class TextInputError extends Error {
  readonly code: TextInputErrorCode;
  readonly fileName?: string;

  constructor(code: TextInputErrorCode, problem: string, options: { fileName?: string } = {}) {
    super(`${options.fileName ?? "input"}: ${problem}`);
    this.name = "TextInputError";
    this.code = code;
    this.fileName = options.fileName;
  }
}
