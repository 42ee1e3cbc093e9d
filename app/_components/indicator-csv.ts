import type { IndicatorRow } from "@/lib/data/indicators";
import { APPROX_LABELS, PERIOD_LABELS, REVIEW_LABELS, ROLE_LABELS } from "./indicator-format";

const BOM = "\uFEFF"; // Excel reads a BOM-less CSV as the local code page and garbles Chinese

const COLUMNS: { header: string; cell: (row: IndicatorRow, origin: string) => string | number | null }[] = [
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

// RFC 4180 quoting; text that a spreadsheet would run as a formula (= + - @) is prefixed with an apostrophe.
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function indicatorsToCsv(rows: IndicatorRow[], options: { origin: string }): string {
  return indicatorCsvHeader() + indicatorCsvLines(rows, options);
}

// The file's first line (with the BOM), then any number of row blocks: the export route streams them.
export function indicatorCsvHeader(): string {
  return `${BOM}${COLUMNS.map((c) => csvCell(c.header)).join(",")}\r\n`;
}

export function indicatorCsvLines(rows: IndicatorRow[], options: { origin: string }): string {
  return rows.map((row) => `${COLUMNS.map((c) => csvCell(c.cell(row, options.origin))).join(",")}\r\n`).join("");
}
