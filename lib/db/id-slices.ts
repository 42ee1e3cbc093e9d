// Reads keyed by a list of ids, sent as `IN (…)` lists of at most ID_SLICE ids: Prisma 7's driver adapters refuse a
// query past the database's bound-parameter limit ("The query parameter limit supported by your database is exceeded",
// ~999 on SQLite), and nested relation includes build exactly such a list of every parent's id.

export const ID_SLICE = 500;

export function slices<T>(items: readonly T[], size = ID_SLICE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

// One query per slice of the distinct ids, one after the other (a pool of one connection on SQLite gains nothing from
// running them at once), rows concatenated in slice order.
export async function readInSlices<R>(ids: readonly number[], read: (slice: number[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (const slice of slices([...new Set(ids)])) out.push(...(await read(slice)));
  return out;
}
