// A character trie for longest-match lookups over the gazetteer tables. Built once at module load; a scan costs
// one Map lookup per character per candidate depth, which keeps extraction well above 5 MB/s.

type TrieNode<T> = { next: Map<string, TrieNode<T>>; value?: T };

export type Trie<T> = { root: TrieNode<T>; size: number };

export type TrieMatch<T> = { start: number; end: number; value: T };

export function buildTrie<T>(entries: Iterable<readonly [string, T]>): Trie<T> {
  const root: TrieNode<T> = { next: new Map() };
  let size = 0;
  for (const [key, value] of entries) {
    if (!key) continue;
    let node = root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    // First entry wins so that data-table order decides between duplicate spellings.
    if (node.value === undefined) {
      node.value = value;
      size++;
    }
  }
  return { root, size };
}

// Every key that starts at `start`, longest first.
export function matchesAt<T>(trie: Trie<T>, text: string, start: number): TrieMatch<T>[] {
  const found: TrieMatch<T>[] = [];
  let node: TrieNode<T> | undefined = trie.root;
  for (let i = start; i < text.length; i++) {
    node = node.next.get(text[i]);
    if (!node) break;
    if (node.value !== undefined) found.push({ start, end: i + 1, value: node.value });
  }
  return found.reverse();
}

export type ScanOptions<T> = {
  // Veto the longest key at a position (context rules such as "not inside a person's title"). Shorter keys at the same
  // start are not tried: they are the head of the vetoed word (区委 in 区委社会建设委员会主任).
  accept?: (match: TrieMatch<T>, text: string) => boolean;
};

export function longestAt<T>(trie: Trie<T>, text: string, start: number): TrieMatch<T> | undefined {
  let best: TrieMatch<T> | undefined;
  let node: TrieNode<T> | undefined = trie.root;
  for (let i = start; i < text.length; i++) {
    node = node.next.get(text[i]);
    if (!node) break;
    if (node.value !== undefined) best = { start, end: i + 1, value: node.value };
  }
  return best;
}

// Left-to-right, non-overlapping, longest match first.
export function scanLongest<T>(trie: Trie<T>, text: string, options: ScanOptions<T> = {}): TrieMatch<T>[] {
  const out: TrieMatch<T>[] = [];
  const { root } = trie;
  let i = 0;
  while (i < text.length) {
    if (!root.next.has(text[i])) {
      i++;
      continue;
    }
    const hit = longestAt(trie, text, i);
    if (hit && (!options.accept || options.accept(hit, text))) {
      out.push(hit);
      i = hit.end;
    } else {
      i++;
    }
  }
  return out;
}
