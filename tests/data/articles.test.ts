import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../lib/db/client";
import { getArticle } from "../../lib/data/articles/get-article";
import { segmentParagraphs, markId, type HighlightSpan } from "../../app/_components/highlighted-text-segments";
import { createFixtureDb, type Fixture } from "./indicators-fixture";

let fixture: Fixture;

beforeAll(async () => {
  fixture = await createFixtureDb(getDb);
});
afterAll(async () => {
  await fixture?.cleanup();
});

describe("getArticle", () => {
  it("returns the article with its issue and every extracted item in text order", async () => {
    const article = await getArticle({ id: fixture.articleIds.survey });
    expect(article).not.toBeNull();
    if (!article) return;
    expect(article.title).toBe("入户调查完成100% 黄家片区下刘、四都刘村房屋征收首战告捷");
    expect(article.issue).toMatchObject({ date: "2021-11-16", dateSource: "inferred", number: null });
    expect(article.indicators.map((i) => i.text)).toEqual(["100%", "15天", "近300户", "230余幢", "近300户", "近8万平方米"]);
    const starts = article.indicators.map((i) => i.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const item of article.indicators) expect(article.text.slice(item.start, item.end)).toBe(item.text);
    expect(article.places.map((p) => p.name)).toEqual(["石室乡", "华墅乡", "黄家街道", "白云街道"]);
    expect(article.goals.map((g) => g.text)).toEqual(["计划下月启动房屋征收签约工作"]);
    expect(article.previous).toBeNull();
  });

  it("leaves out items a reviewer rejected and links neighbours in the same issue", async () => {
    const article = await getArticle({ id: fixture.articleIds.zaotian });
    expect(article?.indicators.some((i) => i.text === "20万元")).toBe(false);
    expect(article?.indicators.find((i) => i.text === "30吨")).toMatchObject({ township: "石梁镇", campaign: "保供上海", metric: "日供新鲜蔬菜" });
    expect(article?.places.filter((p) => p.name === "石梁镇")).toHaveLength(2);
    expect(article?.departments.map((d) => d.name)).toEqual(["区经信局"]);
    expect(article?.previous?.id).toBe(fixture.articleIds.mobilise);
    expect(article?.next).toBeNull();
  });

  it("returns null for an id that does not exist", async () => {
    await expect(getArticle({ id: 999_999 })).resolves.toBeNull();
  });

  it("gives every item exactly one anchor when the text is highlighted, overlaps included", async () => {
    const article = await getArticle({ id: fixture.articleIds.zaotian });
    if (!article) throw new Error("missing fixture article");
    const spans: HighlightSpan[] = [
      ...article.indicators.map((i) => ({ kind: "indicator" as const, itemId: i.id, start: i.start, end: i.end })),
      ...article.places.map((p) => ({ kind: "place" as const, itemId: p.id, start: p.start, end: p.end })),
      ...article.departments.map((p) => ({ kind: "department" as const, itemId: p.id, start: p.start, end: p.end })),
      ...article.campaigns.map((p) => ({ kind: "campaign" as const, itemId: p.id, start: p.start, end: p.end })),
    ];
    // The campaign mention 日供新鲜蔬菜30吨 contains the indicator 30吨.
    expect(article.campaigns[0].text).toContain("30吨");
    const anchors: string[] = [];
    const visit = (segments: ReturnType<typeof segmentParagraphs>[number]["segments"]) => {
      for (const s of segments) {
        if (s.type !== "mark") continue;
        if (s.anchor) anchors.push(markId(s.span.kind, s.span.itemId));
        visit(s.children);
      }
    };
    for (const paragraph of segmentParagraphs(article.text, spans)) visit(paragraph.segments);
    expect(anchors.sort()).toEqual(spans.map((s) => markId(s.kind, s.itemId)).sort());
  });
});
