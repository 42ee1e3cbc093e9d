import { KIND_LABELS, RELATION_LABELS, type LedgerGoal } from "@/lib/data/goals/ledger-goal";
import { csvChunks, type CsvColumn } from "@/app/_lib/csv";

const COLUMNS: CsvColumn<LedgerGoal>[] = [
  { header: "目标原文", cell: (g) => g.text },
  { header: "类型", cell: (g) => KIND_LABELS[g.kind] ?? g.kind },
  { header: "目标值", cell: (g) => g.targetValue },
  { header: "单位", cell: (g) => g.targetUnit },
  { header: "期限", cell: (g) => g.deadline },
  { header: "期限原文", cell: (g) => g.deadlineText },
  { header: "状态", cell: (g) => g.status },
  { header: "状态来源", cell: (g) => (g.statusSource === "editor" ? "编辑确认" : "机器建议") },
  { header: "乡镇街道", cell: (g) => g.township },
  { header: "部门", cell: (g) => g.department },
  { header: "专项行动", cell: (g) => g.campaign },
  { header: "提出期次", cell: (g) => g.issue?.label ?? g.issueDate },
  { header: "文章", cell: (g) => g.articleTitle },
  { header: "链接", cell: (g, origin) => `${origin}${g.href}` },
  { header: "最新进展", cell: (g) => (g.latest ? (RELATION_LABELS[g.latest.relation] ?? g.latest.relation) : null) },
  { header: "进展数值", cell: (g) => (g.latest?.value != null ? `${g.latest.value}${g.latest.unit ?? ""}` : null) },
  { header: "进展期次", cell: (g) => g.latest?.issue.label ?? null },
  { header: "进展原句", cell: (g) => g.latest?.text ?? null },
  { header: "进展链接", cell: (g, origin) => (g.latest ? `${origin}${g.latest.href}` : null) },
];

// The ledger's filtered rows (readLedgerBatches' batches) with the goal's and the latest evidence's sentences.
export function goalsCsvChunks(batches: AsyncIterable<readonly LedgerGoal[]>, options: { origin: string }): AsyncGenerator<string> {
  return csvChunks(COLUMNS, batches, options);
}
