import { describe, expect, it } from "vitest";
import { addDays, applyLedgerView, isDueWithin, isOverdue, summariseLedger, type LedgerStatusRow } from "../../lib/track/ledger-view";

// Goals shaped like the seeds' (issue dates 2021-11-16 … 2022-07-31), read as of 2022-06-30.
const asOf = "2022-06-30";
const row = (id: number, status: string, deadline: string | null, evidence: LedgerStatusRow["evidence"] = [], issueDate = "2021-11-16"): LedgerStatusRow => ({ id, status, deadline, issueDate, evidence });
const rows = [
  row(1, "已完成", "2021-12-31", [{ issueDate: "2021-12-22", relation: "met" }]), // 计划下月启动房屋征收签约工作
  row(2, "逾期", "2021-12-31"), // 保5争3抢1, never mentioned again
  row(3, "进行中", "2022-07-15", [{ issueDate: "2022-06-15", relation: "partial" }], "2022-05-25"),
  row(4, "无法判断", null, [], "2022-04-13"),
  row(5, "未完成", "2022-06-01", [{ issueDate: "2022-06-15", relation: "partial" }]),
  row(6, "已完成", "2022-12-31", [{ issueDate: "2022-06-15", relation: "met" }], "2022-04-13"),
  row(7, "无法判断", "2022-09-30", [], "2022-05-25"),
];

describe("ledger view", () => {
  it("adds days across month and year ends", () => {
    expect(addDays("2021-12-22", 10)).toBe("2022-01-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
  });

  it("calls a goal overdue when its deadline passed and it is not done, whatever the evidence", () => {
    expect(rows.filter((r) => isOverdue(r, asOf)).map((r) => r.id)).toEqual([2, 5]);
    // On the deadline day itself the goal is still due, not overdue.
    expect(isOverdue(row(8, "无法判断", asOf), asOf)).toBe(false);
    expect(isDueWithin(row(8, "无法判断", asOf), asOf, 1)).toBe(true);
  });

  it("keeps goals due within N days that are not done, nearest deadline first", () => {
    expect(applyLedgerView(rows, { asOf, due: 30 }).map((r) => r.id)).toEqual([3]);
    expect(applyLedgerView(rows, { asOf, due: 100 }).map((r) => r.id)).toEqual([3, 7]);
  });

  it("sorts by deadline both ways with undated goals last, and filters by status", () => {
    expect(applyLedgerView(rows, { asOf }).map((r) => r.id)).toEqual([1, 2, 5, 3, 7, 6, 4]);
    expect(applyLedgerView(rows, { asOf, dir: "desc" }).map((r) => r.id)).toEqual([6, 7, 3, 5, 1, 2, 4]);
    expect(applyLedgerView(rows, { asOf, status: "已完成" }).map((r) => r.id)).toEqual([1, 6]);
    expect(applyLedgerView(rows, { asOf, sort: "issue", dir: "desc" }).map((r) => r.id)).toEqual([3, 7, 4, 6, 1, 2, 5]);
  });

  it("summarises for the overview: every status counted, lists cut, the latest completion first", () => {
    const summary = summariseLedger(rows, { asOf, limit: 1 });
    expect(summary.total).toBe(7);
    expect(Object.fromEntries(summary.byStatus.map((s) => [s.status, s.count]))).toEqual({ 逾期: 1, 未完成: 1, 进行中: 1, 无法判断: 2, 已完成: 2 });
    expect(summary.overdueCount).toBe(2);
    expect(summary.overdue.map((r) => r.id)).toEqual([5]); // the most recently overdue
    expect(summary.dueSoon.map((r) => r.id)).toEqual([3]);
    expect(summary.recentlyMet.map((r) => r.id)).toEqual([6]);
  });

  it("counts an editor's status outside the proposed five under its own name", () => {
    const summary = summariseLedger([...rows, row(9, "未评估", null)], { asOf });
    expect(summary.byStatus.at(-1)).toEqual({ status: "未评估", count: 1 });
  });
});
