import { createHash } from "node:crypto";

// The held-out split, fixed once and by source so that no source lands in both halves: a source (the host of the page
// an article was taken from, lower-cased, without a leading "www.") belongs to the test split when the first hex digit
// of its SHA-1 is 0–7, else to dev. Rules may be tuned while reading seeds and dev, never test.
export type EvalSplit = "dev" | "test";

export function sourceHost(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, "");
}

export function splitOfSource(url: string): EvalSplit {
  const digit = createHash("sha1").update(sourceHost(url)).digest("hex")[0];
  return parseInt(digit, 16) < 8 ? "test" : "dev";
}
