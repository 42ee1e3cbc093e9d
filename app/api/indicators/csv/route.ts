import type { NextRequest } from "next/server";
import { readAllIndicatorsInSlices } from "@/lib/data/indicators";
import { parseIndicatorFilters } from "@/lib/validations/indicator-filters";
import { indicatorCsvHeader, indicatorCsvLines } from "@/app/_components/indicator-csv";

export const dynamic = "force-dynamic";

// The explorer's filtered rows, all pages, as CSV. Same zod schema as the page, so the file holds exactly what the table shows.
export async function GET(request: NextRequest) {
  const parsed = parseIndicatorFilters(request.nextUrl.searchParams);
  if (!parsed.success) {
    return new Response(`筛选条件有误：\n${parsed.problems.join("\n")}\n`, {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const { total, slices } = await readAllIndicatorsInSlices(parsed.filters);
  const origin = requestOrigin(request);
  const encoder = new TextEncoder();
  // Streamed a slice of rows at a time (pull: the next slice is read when the client has taken the last one).
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(indicatorCsvHeader()));
    },
    async pull(controller) {
      const next = await slices.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(indicatorCsvLines(next.value, { origin })));
    },
    async cancel() {
      await slices.return(undefined);
    },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="indicators-${stamp}.csv"; filename*=UTF-8''${encodeURIComponent(`指标-${stamp}.csv`)}`,
      "cache-control": "no-store",
      "x-row-count": String(total),
    },
  });
}

// The origin the client used (nextUrl rewrites 127.0.0.1 to localhost); a proxy's forwarded host and protocol win.
function requestOrigin(request: NextRequest): string {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host) return request.nextUrl.origin;
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0].trim() ?? request.nextUrl.protocol.replace(/:$/, "");
  return `${proto}://${host}`;
}
