// A CSV file as the exports write it: one column table per export, written batch by batch so an export of the whole
// archive never holds every row at once.

const BOM = "\uFEFF"; // Excel reads a BOM-less CSV as the local code page and garbles Chinese

export type CsvColumn<Row> = { header: string; cell: (row: Row, origin: string) => string | number | null };

// RFC 4180 quoting; text that a spreadsheet would run as a formula (= + - @) is prefixed with an apostrophe.
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

// The header line (with the BOM) first, then each non-empty batch's lines. `origin` makes the links absolute.
export async function* csvChunks<Row>(
  columns: readonly CsvColumn<Row>[],
  batches: AsyncIterable<readonly Row[]> | Iterable<readonly Row[]>,
  options: { origin: string },
): AsyncGenerator<string> {
  yield `${BOM}${columns.map((c) => csvCell(c.header)).join(",")}\r\n`;
  for await (const rows of batches) {
    if (rows.length) yield rows.map((row) => `${columns.map((c) => csvCell(c.cell(row, options.origin))).join(",")}\r\n`).join("");
  }
}
