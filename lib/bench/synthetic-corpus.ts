import { mastheadLines, formatIsoDate } from "./masthead-lines";
import { createPrng, hashSeed, type Prng } from "./prng";
import { scaleNumbers } from "./scale-numbers";
import { splitSeedStories, type SeedStory } from "./split-seed-stories";

// A deterministic synthetic corpus: seed stories recombined into new issues with a fresh masthead (exact date and
// number) and scaled quantities. Issues are produced one at a time, so 10,000 of them never sit in memory together.

export type SeedText = { name: string; text: string };

export type SyntheticIssue = {
  index: number;
  fileName: string;
  date: string; // YYYY-MM-DD, as written in the masthead
  number: number;
  factor: number; // the scale applied to its quantities
  stories: string[]; // "<seed name>#<story index>" of each block, in order
  text: string;
};

export type CorpusOptions = {
  seeds: SeedText[];
  issues: number;
  seed?: string; // PRNG seed; the same seed gives byte-identical issues
  firstDate?: string; // YYYY-MM-DD of issue 0; one issue per day after it
  firstNumber?: number;
  minBytes?: number; // each issue gets stories until it reaches a size drawn from [minBytes, maxBytes]
  maxBytes?: number;
  minFactor?: number;
  maxFactor?: number;
};

const DEFAULTS = {
  seed: "zhibiao-bench",
  firstDate: "2000-01-03",
  firstNumber: 1001,
  minBytes: 12_000,
  maxBytes: 40_000,
  minFactor: 0.5,
  maxFactor: 3,
};
const EDITORS = ["董玲", "王思", "方心怡", "楼郁馨", "周云奇"];
const DAY_MS = 86_400_000;

export type StoryPool = { stories: (SeedStory & { id: string; bytes: number })[] };

export function buildStoryPool(seeds: SeedText[]): StoryPool {
  const encoder = new TextEncoder();
  const stories = [...seeds]
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((seed) =>
      splitSeedStories(seed.text, { source: seed.name }).map((story, i) => ({
        ...story,
        id: `${seed.name}#${i}`,
        bytes: encoder.encode(story.text).byteLength,
      })),
    );
  if (stories.length === 0) throw new Error("the seeds hold no stories to recombine");
  return { stories };
}

// Issue i depends only on (seed, i): it can be rebuilt alone, and the stream is the same however far it is read.
export function makeIssue(pool: StoryPool, index: number, options: Omit<CorpusOptions, "seeds" | "issues"> = {}): SyntheticIssue {
  const o = { ...DEFAULTS, ...options };
  const prng = createPrng(hashSeed(`${o.seed}:${index}`));
  const date = new Date(Date.parse(`${o.firstDate}T00:00:00Z`) + index * DAY_MS);
  const number = o.firstNumber + index;
  const factor = Math.round((o.minFactor + prng.next() * (o.maxFactor - o.minFactor)) * 1000) / 1000;
  const targetBytes = prng.int(o.minBytes, o.maxBytes);

  // Dealt from a shuffled deck, so a story repeats within an issue only once the whole pool has been used.
  const picked: typeof pool.stories = [];
  let deck: typeof pool.stories = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    if (deck.length === 0) deck = shuffle(pool.stories, prng);
    const story = deck.pop()!;
    picked.push(story);
    bytes += story.bytes;
  }
  const body = picked.map((story) => scaleNumbers(story.text, factor)).join("\n\n");
  const text = `\n\n${mastheadLines(date, number).join("\n\n")}\n\n${body}\n\n责任编辑：${prng.pick(EDITORS)}\n`;
  const isoDate = formatIsoDate(date);
  return {
    index,
    fileName: `synthetic_${String(index).padStart(5, "0")}_${isoDate}.txt`,
    date: isoDate,
    number,
    factor,
    stories: picked.map((story) => story.id),
    text,
  };
}

export function* syntheticCorpus(options: CorpusOptions): Generator<SyntheticIssue> {
  const pool = buildStoryPool(options.seeds);
  for (let index = 0; index < options.issues; index++) yield makeIssue(pool, index, options);
}

function shuffle<T>(items: readonly T[], prng: Prng): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = prng.int(0, i);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
