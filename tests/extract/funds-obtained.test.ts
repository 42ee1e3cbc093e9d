// Funds obtained (issue #12: one definition for the goal rule and the number rule). Invented sentences of the shapes
// the seeds and dev set write (向上争取资金, 争取…资金投入); the goal and its amount must agree.
import { describe, expect, it } from "vitest";
import { extractGoals } from "@/lib/extract/extract-goals";
import { extractIndicators } from "@/lib/extract/extract-indicators";
import { isFundsWording } from "@/lib/extract/funds-obtained";

const ctx = { issueDate: "2026-05-10", issueYear: 2026 };
const roles = (s: string) => extractIndicators(s, ctx).map((i) => [i.text, i.role]);
const goals = (s: string) => extractGoals(s, ctx).map((g) => [g.text, g.kind]);

describe("funds obtained: one definition for goals and numbers", () => {
  // a directive asks for money still to win: a goal, and its amount a target
  it.each([
    ["要积极向上争取资金500万元。", "争取资金500万元", "500万元"],
    ["要争取272万元资金投入。", "争取272万元资金投入", "272万元"],
    ["要争取补助30万元。", "争取补助30万元", "30万元"],
    ["要向上争取项目12个。", "争取项目12个", "12个"],
    ["要争取到位资金500万元。", "争取到位资金500万元", "500万元"],
  ])("%s is a goal and its amount a target", (sentence, goal, amount) => {
    expect(goals(sentence)).toEqual([[goal, "target"]]);
    expect(roles(sentence)).toEqual([[amount, "target"]]);
  });

  // a report of money obtained: an actual amount and no goal
  it.each([
    ["今年已向上争取资金500万元。", "500万元"],
    ["今年向上争取资金50万元。", "50万元"],
    ["统一规划布局，争取272万元资金投入。", "272万元"],
    ["今年争取补助30万元。", "30万元"],
    ["今年争取专项债2亿元。", "2亿元"],
    ["今年以来向上争取项目12个。", "12个"],
    ["今年争取到位资金500万元。", "500万元"],
  ])("%s reports money obtained", (sentence, amount) => {
    expect(goals(sentence)).toEqual([]);
    expect(roles(sentence)).toEqual([[amount, "actual"]]);
  });

  // s10-goals: an enumerator numbers achievements too, and a modal sentences back does not reach the figure
  it("only a modal in the figure's own sentence asks for the money", () => {
    const report = "会议指出，要总结经验。全年工作成效明显。一是向上争取项目资金80万元。";
    expect(goals(report)).toEqual([]);
    expect(roles(report)).toEqual([["80万元", "actual"]]);
    expect(goals("会议要求，一是要向上争取项目资金80万元。")).toEqual([["争取项目资金80万元", "target"]]);
  });

  it("争取 of something other than money stays a target cue", () => {
    expect(roles("争取全年招商引资突破2亿元。")).toEqual([["突破2亿元", "target"]]);
    expect(goals("争取全年招商引资突破2亿元。")).toEqual([["争取全年招商引资突破2亿元", "target"]]);
    expect(roles("争取上级资金支持，力争完成投资5亿元。")).toEqual([["5亿元", "target"]]);
    expect(goals("资金要争取到位。")).toEqual([]); // an exhortation, no end state
  });

  it("knows the wording by 向上 before 争取 or money after it", () => {
    const at = (s: string) => isFundsWording(s, s.indexOf("争取"));
    expect(at("向上争取项目")).toBe(true);
    expect(at("争取项目资金")).toBe(true);
    expect(at("争取到位资金")).toBe(true);
    expect(at("争取272万元资金")).toBe(true);
    expect(at("争取全年招商引资突破2亿元")).toBe(false);
    expect(at("争取群众理解与支持")).toBe(false);
  });
});
