import { describe, expect, it } from "vitest";
import { classifyEvidence } from "@/lib/review/evidence-link";
import { ZReviewGoalSchema } from "@/lib/validations/review";

describe("goal evidence links", () => {
  it("links pages of this site as resolved paths", () => {
    expect(classifyEvidence("/articles/12#m-indicator-34")).toEqual({ kind: "internal", href: "/articles/12#m-indicator-34" });
    expect(classifyEvidence(" /indicators?q=保供 ")).toEqual({ kind: "internal", href: "/indicators?q=%E4%BF%9D%E4%BE%9B" });
  });

  it("shows http(s) URLs as external links", () => {
    expect(classifyEvidence("https://www.gov.cn/zhengce/2022.htm")).toEqual({ kind: "external", href: "https://www.gov.cn/zhengce/2022.htm" });
    expect(classifyEvidence("http://kecheng.example/a")).toEqual({ kind: "external", href: "http://kecheng.example/a" });
  });

  it.each(["//evil.example", "/\\evil.example", "\\\\evil.example", "/..//evil.example", "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "https://"])(
    "refuses %j with a message saying what is accepted",
    (evidence) => {
      const result = classifyEvidence(evidence);
      expect(result.kind).toBe("refused");
      if (result.kind === "refused") expect(result.problem).toContain("依据链接只能是本站页面");
    },
  );

  it("keeps words as words", () => {
    for (const words of ["2022年11月统计公报显示已完成", "Note: 见区政府公告", "11:00 现场核实"]) expect(classifyEvidence(words)).toEqual({ kind: "text" });
  });

  it("the goal status request refuses a bad link before anything is stored", () => {
    const parsed = ZReviewGoalSchema.safeParse({ action: "status", id: 1, status: "已完成", evidence: "//evil.example" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain("指向其他网站");
    expect(ZReviewGoalSchema.safeParse({ action: "status", id: 1, status: "已完成", evidence: "/articles/3" }).success).toBe(true);
  });
});
