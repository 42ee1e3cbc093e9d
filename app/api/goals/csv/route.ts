import type { NextRequest } from "next/server";
import { goalsCsvChunks } from "@/app/_components/goal-csv";
import { readLedgerBatches } from "@/lib/data/goals/list-ledger-goals";
import { parseGoalFilters } from "@/lib/validations/goal-filters";
import { csvResponse, requestOrigin } from "@/app/_lib/csv";

export const dynamic = "force-dynamic";

// The ledger's filtered rows as CSV. Same zod schema and SQL as /goals, so the file holds exactly the rows shown; the
// rows are read and sent in batches (the ids and statuses of every row are read first, for the row count).
export async function GET(request: NextRequest) {
  const parsed = parseGoalFilters(request.nextUrl.searchParams);
  if (!parsed.success) {
    return new Response(`筛选条件有误：\n${parsed.problems.join("\n")}\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const { total, batches } = await readLedgerBatches({ filters: parsed.filters });
  const chunks = goalsCsvChunks(batches, { origin: requestOrigin(request) });
  return csvResponse(chunks, { ascii: "goals", chinese: "目标台账" }, { rowCount: total });
}
