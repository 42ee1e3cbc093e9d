import type { NextRequest } from "next/server";
import { readAllIndicatorsInSlices } from "@/lib/data/indicators/read-all-indicators-in-slices";
import { parseIndicatorFilters } from "@/lib/validations/indicator-filters";
import { indicatorCsvChunks } from "@/app/_components/indicator-csv";
import { csvResponse, requestOrigin } from "@/app/_lib/csv";

export const dynamic = "force-dynamic";

// The explorer's filtered rows, all pages, as CSV. Same zod schema as the page, so the file holds exactly what the
// table shows; streamed a slice of rows at a time.
export async function GET(request: NextRequest) {
  const parsed = parseIndicatorFilters(request.nextUrl.searchParams);
  if (!parsed.success) {
    return new Response(`筛选条件有误：\n${parsed.problems.join("\n")}\n`, {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const { total, slices } = await readAllIndicatorsInSlices(parsed.filters);
  const chunks = indicatorCsvChunks(slices, { origin: requestOrigin(request) });
  return csvResponse(chunks, { ascii: "indicators", chinese: "指标" }, { rowCount: total });
}
