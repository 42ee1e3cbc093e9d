import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articleContext, extractAll, extractDepartments } from "@/lib/extract";
import { isCountyDepartment } from "@/lib/extract/extract-departments";
import { parseIssue } from "@/lib/text/parse-issue";
import { ZAOTIAN } from "./extract-all-passages";

const SEEDS = readdirSync("seeds")
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(`seeds/${f}`, "utf8") }));

describe("extractAll", () => {
  it("returns every kind, with spans that slice to their text", () => {
    const found = { indicators: 0, progress: 0, goals: 0, campaigns: 0, places: 0, departments: 0 };
    for (const { text } of SEEDS) {
      const out = extractAll(text, { issueYear: 2022 });
      for (const kind of Object.keys(found) as (keyof typeof found)[]) {
        found[kind] += out[kind].length;
        for (const item of out[kind]) {
          expect(item.start).toBeGreaterThanOrEqual(0);
          expect(item.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(item.start, item.end)).toBe(item.text);
        }
      }
    }
    // The seeds hold every kind: an extractor that returns nothing fails here instead of passing the loops above.
    for (const count of Object.values(found)) expect(count).toBeGreaterThan(0);
  });

  it("drops no real quantity but every number inside a campaign or place name", () => {
    const s = "以市委“六治六提”作风建设行动为抓手，七里乡七里三村通过强村公司经营香溪漂流项目，带动30余户增收。";
    const out = extractAll(s);
    const names = [...out.campaigns, ...out.places];
    expect(out.campaigns.map((c) => c.name)).toContain("六治六提");
    expect(out.places.map((p) => p.name)).toContain("七里三村");
    expect(out.indicators.map((i) => i.text)).toEqual(["30余户"]);
    for (const i of out.indicators) {
      expect(names.some((n) => i.start < n.end && n.start < i.end)).toBe(false);
    }
  });

  it("links a number to a township only where its sentence or the headline names one (issue #10 §3)", () => {
    const out = extractAll(ZAOTIAN, { title: "早田公司每天30吨蔬菜保供上海", kicker: "日服务上海居民5000余户" });
    const tons = out.indicators.filter((i) => i.text.endsWith("30吨"));
    expect(tons.length).toBeGreaterThan(0);
    // 石梁镇 is named in other sentences of the article, not in these nor in the headline
    for (const t of tons) expect(t.township).toBeUndefined();
    expect(out.indicators.find((i) => i.text === "70余名")?.township).toBe("石梁镇");
    const gift = out.indicators.find((i) => i.text.includes("20万元"));
    expect(gift?.township).toBeUndefined();
    const headed = extractAll(ZAOTIAN, { title: "石梁镇早田公司每天30吨蔬菜保供上海" });
    const headedTons = headed.indicators.filter((i) => i.text.endsWith("30吨"));
    expect(headedTons.length).toBeGreaterThan(0);
    for (const t of headedTons) expect(t.township).toBe("石梁镇");
  });

  // Characters that exercise every rule: names, quotes, clause marks, numerals, brackets, newlines, launching verbs,
  // campaign suffixes, plan titles and the shared 互看互学互比 format.
  const cjk = fc.constantFrom(
    ..."区委发改局石梁镇七里三村社“”‘’\"《》、，。！？；：（）0123456789万余近超六治提片街道乡等\n 　推进实施改革工程试点方案互看学比擂台赛长书记",
  );
  const anyText = fc.oneof(fc.string(), fc.array(cjk, { maxLength: 300 }).map((a) => a.join("")));

  it("never throws on arbitrary text, and every span slices to its text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const firstLine = text.split("\n")[0];
        const out = extractAll(text, { title: text.slice(0, 10), interviewee: text.length % 2 ? text.slice(-10) : firstLine });
        for (const list of [out.indicators, out.progress, out.goals, out.campaigns, out.places, out.departments]) {
          for (const item of list) expect(text.slice(item.start, item.end)).toBe(item.text);
        }
        for (const list of [out.places, out.departments, out.campaigns]) {
          for (let i = 1; i < list.length; i++) expect(list[i].start).toBeGreaterThanOrEqual(list[i - 1].end);
        }
      }),
      { numRuns: 300 },
    );
  });
});

const SEED_ISSUES = SEEDS.map(({ name, text }) => ({ name, issue: parseIssue(text, { fileName: name }) }));
const extracted = (prefix: string) => {
  const { issue } = SEED_ISSUES.find((s) => s.name.startsWith(prefix))!;
  return issue.articles.map((article) => ({ article, out: extractAll(article.text, articleContext(article, 2021)) }));
};

describe("extractAll on parsed seed articles", () => {
  it("seed 003: the interviewee line opens each interview and names its department with a span", () => {
    const interviews = extracted("003").filter(({ article }) => article.kind === "interview");
    const first = interviews.map(({ article, out }) =>
      out.departments.filter((d) => d.start === 0).map((d) => [article.text.slice(d.start, d.end), d.name]),
    );
    // A township's interviewee speaks for its party committee (石梁镇党委书记、镇长 …), linked to the township.
    expect(first).toEqual([
      [["区发改局", "区发改局"]],
      [["石梁镇党委", "石梁镇党委"]],
      [["石室乡党委", "石室乡党委"]],
      [["区农业农村局", "区农业农村局"]],
      [["区卫健局", "区卫健局"]],
      [["华墅乡党委", "华墅乡党委"]],
    ]);
    // Titles count in that line only: further down the departments are those read without titles.
    let compared = 0;
    for (const { article, out } of interviews) {
      const body = extractDepartments(article.text).filter((d) => d.start > 0 && isCountyDepartment(d));
      expect(out.departments.filter((d) => d.start > 0)).toEqual(body);
      compared += body.length;
    }
    expect(compared).toBeGreaterThan(0);
  });

  it("a title line that is not the interview's first paragraph is not read with titles", () => {
    const text = "会上，区发改局党组书记、局长任文俊作表态发言。";
    const interviewee = "区发改局党组书记、局长 任文俊";
    expect(extractAll(text, { interviewee }).departments).toEqual([]);
    // The same line as the first paragraph is read with titles: the check above is not met by finding nothing at all.
    expect(extractAll(`${interviewee}\n${text}`, { interviewee }).departments.map((d) => [d.name, d.start])).toEqual([["区发改局", 0]]);
  });

  it("one campaign per real contest: 互看互学互比 sessions are the 村社 contest in 002 and the 乡街 contest in 004", () => {
    const names = (prefix: string) => new Set(extracted(prefix).flatMap(({ out }) => out.campaigns.map((c) => c.name)));
    expect(names("002")).toContain("村社比拼擂台赛");
    expect(names("004")).toContain("乡街治理大比拼");
    for (const prefix of ["002", "004"]) expect(names(prefix)).not.toContain("互看互学互比");
    expect(names("002")).not.toContain("乡街治理大比拼");
    expect(names("004")).not.toContain("村社比拼擂台赛");
  });
});
