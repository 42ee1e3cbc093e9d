import { createHash } from "node:crypto";

// The identity of an issue's text, whatever file carried it: the same 第1937期 saved as UTF-8, GBK, UTF-16 or with CRLF
// line ends decodes to the same characters, so the hash is taken over the decoded text with those differences removed
// (byte order mark, line-end style, Unicode composition, spaces at line ends, blank lines at either end).
// Line by line rather than /[ \t\u3000]+$/gm and /\n+$/, which are quadratic in a long run of spaces or blank lines
// (tests/extract/redos.test.ts).
export function normaliseForIdentity(text: string): string {
  const lines = text.replace(/^\uFEFF/, "").normalize("NFC").replace(/\r\n?/g, "\n").split("\n").map(trimLineEnd);
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === "") start++;
  while (end > start && lines[end - 1] === "") end--;
  return lines.slice(start, end).join("\n");
}

const LINE_END_SPACES = new Set([" ", "\t", "\u3000"]);
function trimLineEnd(line: string): string {
  let end = line.length;
  while (end > 0 && LINE_END_SPACES.has(line[end - 1])) end--;
  return line.slice(0, end);
}

export function textIdentityHash(text: string): string {
  return createHash("sha256").update(normaliseForIdentity(text)).digest("hex");
}
