import type { NextRequest } from "next/server";

// A CSV export, in one module: the file as the exports write it (one column table per export, written batch by batch
// so an export of the whole archive never holds every row at once) and the download that streams it. The column
// tables (app/_components/*-csv.ts) and the routes (app/api/*/csv) import it.

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

// The origin the client used (nextUrl rewrites 127.0.0.1 to localhost); a proxy's forwarded host and protocol win.
// The exports write it before every link, so a file opened outside the site still links back to the sentence.
export function requestOrigin(request: Pick<NextRequest, "headers" | "nextUrl">): string {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host) return request.nextUrl.origin;
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0].trim() ?? request.nextUrl.protocol.replace(/:$/, "");
  return `${proto}://${host}`;
}

// The download's name, dated today: an ASCII name for old clients and the Chinese one (RFC 6266 filename*).
export type CsvFileName = { ascii: string; chinese: string };

// A CSV download streamed chunk by chunk: the next chunk is pulled when the client has taken the last one, and a
// client that goes away stops the reading (the chunks' iterator is returned, which closes the reads behind it).
// `rowCount` (x-row-count) is known before the first row is read: both exports count their rows first.
export function csvResponse(chunks: AsyncIterable<string>, fileName: CsvFileName, options: { rowCount: number }): Response {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName.ascii}-${stamp}.csv"; filename*=UTF-8''${encodeURIComponent(`${fileName.chinese}-${stamp}.csv`)}`,
      "cache-control": "no-store",
      "x-row-count": String(options.rowCount),
    },
  });
}
