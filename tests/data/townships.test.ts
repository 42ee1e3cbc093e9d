import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTownship } from "../../lib/data/townships/get-township";
import { listTownships } from "../../lib/data/townships/list-townships";
import { TOWNSHIPS } from "../../lib/gazetteer/townships";
import { parseEntityId, parseEntityName } from "../../lib/validations/entity";
import { createSeededDb, type SeededDb } from "./overview-seed-db";

let seeded: SeededDb;

beforeAll(async () => {
  seeded = await createSeededDb();
});
afterAll(async () => {
  await seeded?.cleanup();
});

describe("listTownships", () => {
  it("lists all 18 township-level units, those the paper names first", async () => {
    const townships = await listTownships();
    expect(townships.map((t) => t.name).sort()).toEqual(TOWNSHIPS.map((t) => t.name).sort());
    const mentions = townships.map((t) => t.mentions);
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
    // SEED-NOTES: 姜家山乡 occurs nowhere in the seeds (沟溪乡 does, through its village 余东).
    expect(townships.find((t) => t.name === "姜家山乡")).toMatchObject({ mentions: 0, indicators: 0, lastDate: null });
    expect(townships.find((t) => t.name === "石梁镇")).toMatchObject({ kind: "镇" });
  });

  it("counts a township's own mentions plus those of its villages, and its indicators", async () => {
    const place = await seeded.db.place.findUniqueOrThrow({ where: { name: "石梁镇" }, include: { places: true } });
    const ids = [place.id, ...place.places.map((p) => p.id)];
    const row = (await listTownships()).find((t) => t.name === "石梁镇")!;
    expect(row.mentions).toBe(await seeded.db.placeMention.count({ where: { placeId: { in: ids } } }));
    expect(row.indicators).toBe(await seeded.db.indicator.count({ where: { townshipId: place.id, review: { not: "rejected" } } }));
    expect(row.mentions).toBeGreaterThan(0);
  });
});

describe("getTownship", () => {
  it("gives 石梁镇 its indicators, each with the sentence it stands in, and the 早田公司 article", async () => {
    const township = await getTownship("石梁镇");
    expect(township?.known).toBe(true);
    const place = await seeded.db.place.findUniqueOrThrow({ where: { name: "石梁镇" } });
    const expected = await seeded.db.indicator.count({ where: { townshipId: place.id, review: { not: "rejected" } } });
    expect(expected).toBeGreaterThan(0);
    expect(township!.indicators).toHaveLength(expected);
    for (const item of township!.indicators) {
      expect(item.href).toBe(`/articles/${item.articleId}#m-indicator-${item.id}`);
      expect(item.sentence.replace(/…$/, "").length).toBeGreaterThan(0);
    }
    // Seed 001, line 91: 坐落于石梁镇梅山村的衢州早田农业科技开发有限公司.
    expect(township!.articles.some((a) => a.title.includes("早田"))).toBe(true);
    expect(township!.villages.map((v) => v.name)).toContain("梅山村");
    const dates = township!.articles.map((a) => a.issue.date ?? "9999");
    expect(dates).toEqual([...dates].sort());
  });

  it("charts mentions and indicators per issue date", async () => {
    const township = (await getTownship("石梁镇"))!;
    const [mentions, indicators] = township.activity;
    expect(mentions.points.reduce((n, p) => n + p.value, 0)).toBe(
      township.articles.filter((a) => a.issue.date).reduce((n, a) => n + a.mentions, 0),
    );
    expect(indicators.points.reduce((n, p) => n + p.value, 0)).toBe(township.indicators.filter((i) => i.issue.date).length);
    expect(mentions.sources.length).toBeGreaterThan(0);
  });

  it("shows a gazetteer township the paper never names as empty, and an unknown name as missing", async () => {
    const stored = new Set((await seeded.db.place.findMany({ select: { name: true } })).map((p) => p.name));
    const unnamed = TOWNSHIPS.find((t) => !stored.has(t.name));
    expect(unnamed?.name).toBe("姜家山乡");
    await expect(getTownship(unnamed!.name)).resolves.toMatchObject({ name: unnamed!.name, known: false, indicators: [] });
    await expect(getTownship("不存在镇")).resolves.toBeNull();
  });
});

describe("route params", () => {
  it("decodes URL-encoded names and rejects bad ids", () => {
    expect(parseEntityName("%E7%9F%B3%E6%A2%81%E9%95%87")).toBe("石梁镇");
    expect(parseEntityName("石梁镇")).toBe("石梁镇");
    expect(parseEntityName("%E7%9F%B3%")).toBe("%E7%9F%B3%");
    expect(parseEntityName("%20")).toBeNull();
    expect(parseEntityId("12")).toBe(12);
    expect(parseEntityId("0")).toBeNull();
    expect(parseEntityId("12abc")).toBeNull();
    expect(parseEntityId("-3")).toBeNull();
  });
});
