// Word lists as regular-expression alternatives. A JavaScript alternation takes the first alternative that matches,
// not the longest, so a list is sorted longest first (人民政府 before 政府); the sort is stable, so words of one length
// keep their written order.
export function longestFirst(words: Iterable<string>): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}

/** The words longest first, joined by |, unescaped (the words are plain text or already regex sources). */
export function longestAlternation(words: Iterable<string>): string {
  return longestFirst(words).join("|");
}
