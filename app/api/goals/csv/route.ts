import type { NextRequest } from "next/server";
import { goalsCsvChunks } from "@/app/_components/goal-csv";
import { readLedgerBatches } from "@/lib/data/goals/list-ledger-goals";
import { parseGoalFilters } from "@/lib/validations/goal-filters";

export const dynamic = "force-dynamic";

// The ledger's filtered rows as CSV. Same zod schema and SQL as /goals, so the file holds exactly the rows shown; the
// rows are read and sent in batches (the ids and statuses of every row are read first, for the row count).
export async function GET(request: NextRequest) {
  const parsed = parseGoalFilters(request.nextUrl.searchParams);
  if (!parsed.success) {
    return new Response(`筛选条件有误：\n${parsed.problems.join("\n")}\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const { total, batches } = await readLedgerBatches({ filters: parsed.filters });
  const stamp = new Date().toISOString().slice(0, 10);
  const chunks = goalsCsvChunks(batches, { origin: requestOrigin(request) });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="goals-${stamp}.csv"; filename*=UTF-8''${encodeURIComponent(`目标台账-${stamp}.csv`)}`,
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
