// An input the pipeline refuses. The message always names the file and the problem.
export type IngestErrorCode =
  | "missing"
  | "not-a-file"
  | "too-large"
  | "empty"
  | "binary"
  | "undecodable"
  | "no-articles"
  | "line-too-long"
  | "article-too-long"
  | "not-prose"
  | "timeout"
  | "invalid";

export class IngestError extends Error {
  readonly code: IngestErrorCode;
  readonly file: string;

  constructor(file: string, code: IngestErrorCode, problem: string) {
    super(`${file}: ${problem}`);
    this.name = "IngestError";
    this.code = code;
    this.file = file;
  }
}
