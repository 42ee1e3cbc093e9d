// Session 10 (s10-links): a deadline written as a quoted holiday (确保…“十一”通车, dev follow-up f27) is when, not what:
// read as a second named thing it made a report on the work alone look like half of a two-item goal (partial). Every
// sentence here is invented; the names are made up.
import { describe, expect, it } from "vitest";
import { extractAll } from "@/lib/extract";
import { matchEvidence, type EvidenceArticle, type GoalForMatch } from "@/lib/track/link-evidence";
import { quotedNames, subjectTokens } from "@/lib/track/subject-tokens";

function article(title: string, text: string, issueDate: string): EvidenceArticle {
  const out = extractAll(text, { title, issueYear: Number(issueDate.slice(0, 4)) });
  return { title, text, issueDate, indicators: out.indicators, campaigns: out.campaigns.map((c) => c.name) };
}

describe("quoted holidays", () => {
  it("are no name: a quoted festival is a date", () => {
    expect(quotedNames("确保青岭大桥“十一”通车")).toEqual([]);
    expect(quotedNames("力争“五一”前开放白沙公园")).toEqual([]);
    expect(quotedNames("春节前完成“暖冬行动”")).toEqual(["暖冬行动"]);
    expect(quotedNames("打造“十一五”示范区")).toEqual(["十一五"]);
  });
  it("leave the work as the goal's one subject, so its report alone meets the goal", () => {
    const text = "确保青岭大桥“十一”通车";
    const goal: GoalForMatch = {
      text,
      issueDate: "2019-03-31",
      tokens: subjectTokens({ texts: [text], quoted: [text] }),
    };
    const found = matchEvidence(goal, article("青岭大桥建成通车", "9月27日，青岭大桥正式建成通车。", "2019-09-28"));
    expect(found?.relation).toBe("met");
    expect(matchEvidence(goal, article("白沙大桥建成通车", "9月27日，白沙大桥正式建成通车。", "2019-09-28")) ?? null).toBeNull();
  });
});
