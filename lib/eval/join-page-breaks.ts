// Joins words and sentences split by a page break ("示\n\n范区" → "示范区"), the way gold contexts are written.
// Deliberately simple and independent of lib/text: a blank line after a char that does not close a sentence is a break.
const CLOSERS = "。！？!?；;：:”’」』）)】…*";

export function joinPageBreaks(text: string): string {
  return text.replace(/([^\s])\n\n+(?=\S)/g, (whole, last: string) => (CLOSERS.includes(last) ? whole : last));
}
