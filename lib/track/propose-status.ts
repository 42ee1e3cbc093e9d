// A goal's proposed status as of a date, from its evidence and its deadline (issue #11 §3). Pure.
//  已完成   a link reports it met (completion is final: later noise does not undo it);
//  未完成   the latest outcome is a failure (滞后, 未完成, 推迟), or only partial progress was reported after the deadline;
//  逾期     the deadline has passed with no evidence of completion;
//  进行中   progress or partial results reported, deadline not passed (or none);
//  无法判断 no evidence of an outcome (a mention is not one), deadline not passed or none.
// Rejected links never count; evidence dated after `asOf` does not exist yet. An editor's status wins (statusSource).

import type { EvidenceRelation } from "./link-evidence";

export const PROPOSED_STATUSES = ["已完成", "进行中", "未完成", "逾期", "无法判断"] as const;
export type ProposedStatus = (typeof PROPOSED_STATUSES)[number];

export type StatusEvidence = { relation: EvidenceRelation; issueDate: string; review?: string | null };

export function proposeStatus(input: { deadlineDate?: string | null; asOf: string; evidence: readonly StatusEvidence[] }): ProposedStatus {
  const known = input.evidence
    .filter((e) => e.review !== "rejected" && e.issueDate <= input.asOf)
    .sort((a, b) => a.issueDate.localeCompare(b.issueDate));
  if (known.some((e) => e.relation === "met")) return "已完成";
  const outcomes = known.filter((e) => e.relation !== "mention");
  const latest = outcomes[outcomes.length - 1];
  const passed = !!input.deadlineDate && input.deadlineDate < input.asOf;
  if (latest?.relation === "missed") return "未完成";
  if (passed) {
    if (latest?.relation === "partial" && latest.issueDate > input.deadlineDate!) return "未完成";
    return "逾期";
  }
  if (latest) return "进行中";
  return "无法判断";
}

// The editor's word, when there is one (the review ladder's 未评估 means none).
export function effectiveStatus(
  editorStatus: string | null | undefined,
  proposed: ProposedStatus,
): { status: string; statusSource: "machine" | "editor" } {
  if (editorStatus && editorStatus !== "未评估") return { status: editorStatus, statusSource: "editor" };
  return { status: proposed, statusSource: "machine" };
}
