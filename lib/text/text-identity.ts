import { createHash } from "node:crypto";

// The identity of an issue's text, whatever file carried it: the same 第1937期 saved as UTF-8, GBK, UTF-16 or with CRLF
// line ends decodes to the same characters, so the hash is taken over the decoded text with those differences removed
// (byte order mark, line-end style, Unicode composition, spaces at line ends, blank lines at either end).
export function normaliseForIdentity(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u3000]+$/gm, "")
    .replace(/^\n+|\n+$/g, "");
}

export function textIdentityHash(text: string): string {
  return createHash("sha256").update(normaliseForIdentity(text)).digest("hex");
}
