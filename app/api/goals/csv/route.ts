import type { NextRequest } from "next/server";
import { goalsToCsv } from "@/app/_components/goal-csv";
import { listAllLedgerGoals } from "@/lib/data/goals/list-ledger-goals";
import { parseGoalFilters } from "@/lib/validations/goal-filters";

export const dynamic = "force-dynamic";

// The ledger's filtered rows as CSV. Same zod schema and read as /goals, so the file holds exactly the rows shown.
export async function GET(request: NextRequest) {
  const parsed = parseGoalFilters(request.nextUrl.searchParams);
  if (!parsed.success) {
    return new Response(`筛选条件有误：\n${parsed.problems.join("\n")}\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const { goals } = await listAllLedgerGoals({ filters: parsed.filters });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(goalsToCsv(goals, { origin: requestOrigin(request) }), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="goals-${stamp}.csv"; filename*=UTF-8''${encodeURIComponent(`目标台账-${stamp}.csv`)}`,
      "cache-control": "no-store",
      "x-row-count": String(goals.length),
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
