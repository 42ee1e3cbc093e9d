import type { IndicatorRow } from "@/lib/data/indicators/indicator-rows";
import { csvChunks, type CsvColumn } from "@/app/_lib/csv";
import { APPROX_LABELS, PERIOD_LABELS, REVIEW_LABELS, ROLE_LABELS } from "./indicator-format";

const COLUMNS: CsvColumn<IndicatorRow>[] = [
  { header: "数值原文", cell: (row) => row.text },
  { header: "数值", cell: (row) => row.value },
  { header: "上限", cell: (row) => row.valueMax },
  { header: "单位", cell: (row) => row.unit },
  { header: "近似", cell: (row) => APPROX_LABELS[row.approx] ?? row.approx },
  { header: "指标", cell: (row) => row.metric },
  { header: "类型", cell: (row) => ROLE_LABELS[row.role] ?? row.role },
  { header: "周期", cell: (row) => (row.period ? (PERIOD_LABELS[row.period] ?? row.period) : null) },
  { header: "乡镇街道", cell: (row) => row.township },
  { header: "部门", cell: (row) => row.department },
  { header: "专项行动", cell: (row) => row.campaign },
  { header: "出版日期", cell: (row) => row.issueDate },
  { header: "期号", cell: (row) => row.issueNumber },
  { header: "文章", cell: (row) => row.articleTitle },
  { header: "原句", cell: (row) => row.sentence },
  { header: "审核", cell: (row) => REVIEW_LABELS[row.review] ?? row.review },
  { header: "链接", cell: (row, origin) => `${origin}${row.anchor}` },
];

// The explorer's rows (the slices of readAllIndicatorsInSlices) with their sentences and absolute links.
export function indicatorCsvChunks(
  slices: AsyncIterable<readonly IndicatorRow[]> | Iterable<readonly IndicatorRow[]>,
  options: { origin: string }): AsyncGenerator<string> {
  return csvChunks(COLUMNS, slices, options);
}
