import type { NextRequest } from "next/server";

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
