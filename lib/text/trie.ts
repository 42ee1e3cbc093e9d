// A character trie for longest-match lookups over name tables (gazetteer names, lexicons). Built once at module load. Keys are UTF-16
// code units (every name is in the BMP), and a bitmap of first characters lets a scan skip most of the text
// without touching a Map: extraction stays well above 5 MB/s.

type TrieNode<T> = { next: Map<number, TrieNode<T>>; value?: T };

// `pairs`: a bitmap of the first two characters of every key of two or more, hashed (collisions only let a position
// through to the walk); `single`: first characters that are a key alone. A scan skips a position whose first two
// characters start no key without a Map lookup: 区, 市 and 村 start many keys and most of their pairs none.
export type Trie<T> = { root: TrieNode<T>; first: Uint8Array; pairs: Uint8Array; single: Uint8Array; size: number };

const pairHash = (a: number, b: number) => (a * 131 + b) & 0xffff;

export type TrieMatch<T> = { start: number; end: number; value: T };

export function buildTrie<T>(entries: Iterable<readonly [string, T]>): Trie<T> {
  const root: TrieNode<T> = { next: new Map() };
  const first = new Uint8Array(0x10000);
  const pairs = new Uint8Array(0x10000);
  const single = new Uint8Array(0x10000);
  let size = 0;
  for (const [key, value] of entries) {
    if (!key) continue;
    first[key.charCodeAt(0)] = 1;
    if (key.length === 1) single[key.charCodeAt(0)] = 1;
    else pairs[pairHash(key.charCodeAt(0), key.charCodeAt(1))] = 1;
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map() };
        node.next.set(code, child);
      }
      node = child;
    }
    // First entry wins so that data-table order decides between duplicate spellings.
    if (node.value === undefined) {
      node.value = value;
      size++;
    }
  }
  return { root, first, pairs, single, size };
}

export function longestAt<T>(trie: Trie<T>, text: string, start: number): TrieMatch<T> | undefined {
  let best: TrieMatch<T> | undefined;
  let node: TrieNode<T> | undefined = trie.root;
  for (let i = start; i < text.length; i++) {
    node = node.next.get(text.charCodeAt(i));
    if (!node) break;
    if (node.value !== undefined) best = { start, end: i + 1, value: node.value };
  }
  return best;
}

// Whether some key starts with the character at `i` (cheap pre-check before longestAt).
export function startsKey<T>(trie: Trie<T>, text: string, i: number): boolean {
  return trie.first[text.charCodeAt(i)] === 1;
}

export type ScanOptions<T> = {
  // Veto the longest key at a position (context rules such as "not inside a person's title"). Shorter keys at the same
  // start are not tried (they are the head of the vetoed word: 区委 in 区委社会建设委员会主任) unless `shorter` is set.
  accept?: (match: TrieMatch<T>, text: string) => boolean;
  // Try the shorter keys at the same start when the longest is vetoed (严村 in 严村村民 once 严村村 is refused).
  shorter?: boolean;
};

// Every key that starts at `start`, longest first.
export function keysAt<T>(trie: Trie<T>, text: string, start: number): TrieMatch<T>[] {
  const out: TrieMatch<T>[] = [];
  let node: TrieNode<T> | undefined = trie.root;
  for (let i = start; i < text.length; i++) {
    node = node.next.get(text.charCodeAt(i));
    if (!node) break;
    if (node.value !== undefined) out.push({ start, end: i + 1, value: node.value });
  }
  return out.reverse();
}

// Left-to-right, non-overlapping, longest match first.
export function scanLongest<T>(trie: Trie<T>, text: string, options: ScanOptions<T> = {}): TrieMatch<T>[] {
  const out: TrieMatch<T>[] = [];
  const { first, pairs, single } = trie;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (first[code] !== 1 || (single[code] !== 1 && pairs[pairHash(code, text.charCodeAt(i + 1))] !== 1)) {
      i++;
      continue;
    }
    let hit = longestAt(trie, text, i);
    if (hit && options.accept && !options.accept(hit, text)) {
      const accept = options.accept;
      hit = options.shorter ? keysAt(trie, text, i).slice(1).find((c) => accept(c, text)) : undefined;
    }
    if (hit) {
      out.push(hit);
      i = hit.end;
    } else {
      i++;
    }
  }
  return out;
}
