import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../lib/db/client";
import { buildSnippet, highlightParts } from "../../lib/data/search/highlight-parts";
import { searchArticles } from "../../lib/data/search/search-articles";
import { ZSearchParamsSchema, searchTerms } from "../../lib/validations/search";
import { ARTICLES, createFixtureDb, type Fixture } from "./indicators-fixture";

let fixture: Fixture;

beforeAll(async () => {
  fixture = await createFixtureDb(getDb);
});
afterAll(async () => {
  await fixture?.cleanup();
});

const containing = (...terms: string[]) =>
  ARTICLES.filter((a) => terms.every((t) => a.title.includes(t) || a.text.includes(t))).map((a) => fixture.articleIds[a.key]);

describe("searchArticles", () => {
  it("finds a two-character word such as 征收 by substring (trigram needs three) and highlights it", async () => {
    const result = await searchArticles({ q: "征收" });
    expect(result.mode).toBe("substring");
    expect(result.total).toBe(containing("征收").length);
    expect(result.total).toBeGreaterThanOrEqual(2);
    expect(result.results.map((r) => r.articleId).sort()).toEqual(containing("征收").sort());
    for (const item of result.results) {
      expect(item.snippet.some((p) => p.match && p.text === "征收")).toBe(true);
      expect(item.matches).toBeGreaterThan(0);
    }
    // Newest issue first when there is no relevance score.
    expect(result.results[0].issueDate).toBe("2022-04-13");
  });

  it("uses the fts5 trigram index for three characters and more", async () => {
    const result = await searchArticles({ q: "新鲜蔬菜" });
    expect(result.mode).toBe("fulltext");
    expect(result.results.map((r) => r.articleId)).toEqual(containing("新鲜蔬菜"));
    expect(result.results[0].snippet.filter((p) => p.match).map((p) => p.text)).toContain("新鲜蔬菜");
  });

  it("requires every term and highlights each in the title", async () => {
    const result = await searchArticles({ q: "征收 首战告捷" });
    expect(result.results.map((r) => r.articleId)).toEqual(containing("征收", "首战告捷"));
    expect(result.results[0].title.filter((p) => p.match).map((p) => p.text)).toEqual(["征收", "首战告捷"]);
  });

  it("treats quotes and fts5 operators in the query as text", async () => {
    await expect(searchArticles({ q: '"第一仗" OR NEAR(' })).resolves.toMatchObject({ total: 0 });
    const quoted = await searchArticles({ q: "“第一仗”" });
    expect(quoted.results.map((r) => r.articleId)).toEqual(containing("“第一仗”"));
  });

  it("returns nothing for an empty query or a word that is not there", async () => {
    await expect(searchArticles({ q: "" })).resolves.toMatchObject({ total: 0, results: [] });
    await expect(searchArticles({ q: "不存在的词语" })).resolves.toMatchObject({ total: 0, results: [] });
  });
});

describe("snippets and params", () => {
  it("cuts a window around the first match and marks every occurrence in it", () => {
    const body = ARTICLES.find((a) => a.key === "survey")!.text;
    const parts = buildSnippet(body, ["近300户"]);
    const matches = parts.filter((p) => p.match);
    expect(matches.length).toBeGreaterThanOrEqual(1);
    expect(matches.every((p) => p.text === "近300户")).toBe(true);
    // The window starts 30 characters before the first occurrence.
    const first = body.replace(/\s*\n\s*/g, " ").indexOf("近300户");
    expect(parts[1].text.length).toBe(Math.min(30, first));
    expect(parts[0].text).toBe("…");
    expect(parts.map((p) => p.text).join("").length).toBeLessThanOrEqual(122);
  });

  it("merges overlapping terms so no text is repeated", () => {
    const parts = highlightParts("房屋征收动员会", ["征收", "收动员"]);
    expect(parts).toEqual([
      { text: "房屋", match: false },
      { text: "征收动员", match: true },
      { text: "会", match: false },
    ]);
  });

  it("validates the page and splits terms on ASCII and ideographic spaces", () => {
    expect(ZSearchParamsSchema.safeParse({ q: " 征收 ", page: "0" }).success).toBe(false);
    expect(ZSearchParamsSchema.parse({ q: [" 征收 ", "x"], page: "2" })).toEqual({ q: "征收", page: 2 });
    expect(searchTerms("征收\u3000 动员会 征收")).toEqual(["征收", "动员会"]);
  });
});
