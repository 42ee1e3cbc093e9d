// Small numeric and formatting helpers shared by the measures.

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export const MB = 1024 * 1024;

// Wall-clock times (ms) of repeated calls of `run`: `runs` of them, but a slow call stops after 3 once `budgetMs` has
// passed. Call it once before (a warm-up: the first call pays for plans and caches).
export async function timeRepeated(run: () => Promise<unknown>, runs: number, budgetMs: number): Promise<number[]> {
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < runs && (samples.length < 3 || performance.now() - started < budgetMs)) {
    const t = performance.now();
    await run();
    samples.push(performance.now() - t);
  }
  return samples;
}

// This process's CPU time (user + system, all its threads) in ms. On a machine shared with other work, wall-clock
// rates fall with the load while CPU-time rates stay close to what an idle core would do: the bench reports both.
export function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

export function fmt(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return "–";
  return value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function fmtBytes(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${fmt(bytes / 1024 ** 3, 2)} GB` : `${fmt(bytes / MB, 1)} MB`;
}

// A markdown table from a header row and data rows.
export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

// Peak resident set size: sampled on a timer and at every call of sample(), since the GC frees between samples.
export class RssSampler {
  peak = process.memoryUsage().rss;
  private timer: NodeJS.Timeout | undefined;

  start(intervalMs = 50): this {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
    return this;
  }

  sample(): number {
    const rss = process.memoryUsage().rss;
    if (rss > this.peak) this.peak = rss;
    return rss;
  }

  stop(): number {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    return this.peak;
  }
}
