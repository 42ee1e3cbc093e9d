// Line endings, odd spaces and invisible characters, so later stages can match on plain text.
// Chinese punctuation is kept as printed: spans downstream point into this text.

// Zero-width and formatting characters that carry nothing in a newspaper text (BOM included).
const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Spaces of every width, including NBSP and the ideographic (full-width) space, become one ASCII space.
const ODD_SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Remaining C0/C1 controls (tab, LF handled above/below).
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function normaliseText(text: string): string {
  const lines = text
    .replace(/\r\n?|[\u2028\u2029\u0085\f\v]/g, "\n")
    .replace(INVISIBLE, "")
    .replace(ODD_SPACES, " ")
    .replace(CONTROLS, "")
    .split("\n");
  for (let i = 0; i < lines.length; i++) {
    // Leading full-width spaces were paragraph indentation; runs of spaces separate headline parts.
    lines[i] = lines[i].replace(/ {2,}/g, " ").trim();
  }
  return lines.join("\n");
}
