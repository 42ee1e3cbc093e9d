import { describe, expect, it } from "vitest";
import { impliedDeadline, resolveDeadline } from "@/lib/track/deadline-date";
import { effectiveStatus, proposeStatus, type StatusEvidence } from "@/lib/track/propose-status";

const e = (relation: StatusEvidence["relation"], issueDate: string, review?: string): StatusEvidence => ({ relation, issueDate, review });

describe("proposeStatus", () => {
  it.each([
    ["met before the deadline", "2021-12-31", "2022-06-01", [e("met", "2021-12-22")], "已完成"],
    ["met after the deadline", "2021-12-31", "2022-06-01", [e("progress", "2021-12-01"), e("met", "2022-03-01")], "已完成"],
    ["a failure reported", "2022-12-31", "2022-10-01", [e("missed", "2022-09-21")], "未完成"],
    ["progress, deadline ahead", "2022-12-31", "2022-10-01", [e("partial", "2022-06-15")], "进行中"],
    ["progress, no deadline", null, "2022-10-01", [e("progress", "2022-06-15")], "进行中"],
    ["partial reported after the deadline", "2021-12-31", "2022-03-01", [e("partial", "2022-01-20")], "未完成"],
    ["deadline passed, nothing", "2021-12-31", "2022-03-01", [], "逾期"],
    ["deadline passed, progress before it", "2021-12-31", "2022-03-01", [e("progress", "2021-12-20")], "逾期"],
    ["deadline passed, only mentions", "2021-12-31", "2022-03-01", [e("mention", "2021-12-20")], "逾期"],
    ["nothing, deadline ahead", "2022-12-31", "2022-03-01", [], "无法判断"],
    ["nothing, no deadline", null, "2022-03-01", [], "无法判断"],
    ["a mention is no outcome", null, "2022-03-01", [e("mention", "2022-01-01")], "无法判断"],
    ["a rejected link does not count", null, "2022-03-01", [e("met", "2022-01-01", "rejected")], "无法判断"],
    ["evidence after the as-of date does not exist yet", "2022-12-31", "2022-03-01", [e("met", "2022-06-01")], "无法判断"],
    ["recovery after a delay", "2022-12-31", "2022-10-01", [e("missed", "2022-03-01"), e("progress", "2022-06-01")], "进行中"],
  ] as const)("%s", (_why, deadlineDate, asOf, evidence, status) =>
    expect(proposeStatus({ deadlineDate, asOf, evidence: evidence as readonly StatusEvidence[] })).toBe(status),
  );

  it("lets the editor's status win", () => {
    expect(effectiveStatus("未完成", "已完成")).toEqual({ status: "未完成", statusSource: "editor" });
    expect(effectiveStatus("未评估", "逾期")).toEqual({ status: "逾期", statusSource: "machine" });
  });
});

describe("resolveDeadline (fallback for goals that carry only the phrase)", () => {
  it.each([
    ["下月", "2021-11-16", "2021-12-31"],
    ["下月", "2021-12-05", "2022-01-31"],
    ["年内", "2022-04-13", "2022-12-31"],
    ["全年", "2022-07-31", "2022-12-31"],
    ["今年", "2021-11-16", "2021-12-31"],
    ["2025年", "2021-08-12", "2025-12-31"],
    ["一季度", "2022-01-10", "2022-03-31"],
    ["二季度", "2022-05-25", "2022-06-30"],
    ["3月底前", "2021-11-16", "2022-03-31"],
    ["按时按期", "2022-04-13", undefined],
    [undefined, "2022-04-13", undefined],
  ] as const)("%s in an issue of %s → %s", (phrase, issueDate, expected) => expect(resolveDeadline(phrase, issueDate)).toBe(expected));
});

describe("impliedDeadline (a goal that names its own period)", () => {
  it.each([
    ["确保高质量实现“全年红”“全面红”", "2022-07-31", "2022-12-31"],
    ["力争一季度“开门红”", "2022-01-10", "2022-03-31"],
    ["确保卫生健康重大项目建设快速有序推进", "2022-02-14", undefined],
    ["今年是关键之年", "2022-02-14", undefined],
    ["确保高质量实现“全年红”", null, undefined],
  ] as const)("%s (%s) → %s", (text, issueDate, expected) => expect(impliedDeadline(text, issueDate)).toBe(expected));
});
