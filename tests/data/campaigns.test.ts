import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCampaign } from "../../lib/data/campaigns/get-campaign";
import { listCampaigns } from "../../lib/data/campaigns/list-campaigns";
import { parseCampaignListParams } from "../../lib/validations/campaign";
import { campaignMentionDates, createSeededDb, type SeededDb } from "./overview-seed-db";

let seeded: SeededDb;

beforeAll(async () => {
  seeded = await createSeededDb();
});
afterAll(async () => {
  await seeded?.cleanup();
});

// The campaign whose mentions span the most issue dates: the one whose progress chart has the most points.
async function widestCampaign() {
  const campaigns = await listCampaigns({ sort: "mentions" });
  return campaigns[0];
}

describe("listCampaigns", () => {
  it("gives each campaign its mentions, issues, first and last dates as the mention table has them", async () => {
    const campaigns = await listCampaigns();
    expect(campaigns.length).toBe(await seeded.db.campaign.count());
    for (const campaign of campaigns) {
      const mentions = await seeded.db.campaignMention.findMany({
        where: { campaignId: campaign.id },
        select: { issueDate: true, article: { select: { issueId: true } } },
      });
      const dates = mentions.map((m) => m.issueDate).filter((d): d is string => d != null).sort();
      expect(campaign.mentions).toBe(mentions.length);
      expect(campaign.issues).toBe(new Set(mentions.map((m) => m.article.issueId)).size);
      expect(campaign.firstDate).toBe(dates[0] ?? null);
      expect(campaign.lastDate).toBe(dates.at(-1) ?? null);
      expect(campaign.indicators).toBe(await seeded.db.indicator.count({ where: { campaignId: campaign.id, review: { not: "rejected" } } }));
    }
  });

  it("sorts by issues then mentions by default, by last date or by name on request", async () => {
    const byMentions = await listCampaigns();
    for (let i = 1; i < byMentions.length; i++) {
      const [a, b] = [byMentions[i - 1], byMentions[i]];
      expect(a.issues > b.issues || (a.issues === b.issues && a.mentions >= b.mentions)).toBe(true);
    }
    // Several campaigns run through more than one issue of the seeds (数字化改革, 四省边际共同富裕示范区 …).
    expect(byMentions[0].issues).toBeGreaterThan(1);
    const recent = (await listCampaigns({ sort: "recent" })).map((c) => c.lastDate ?? "");
    expect(recent).toEqual([...recent].sort().reverse());
    const names = (await listCampaigns({ sort: "name" })).map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "zh-CN")));
  });

  it("names the townships and departments a campaign is tied to, with counts", async () => {
    const campaigns = await listCampaigns();
    const withTownship = campaigns.find((c) => c.townships.length > 0);
    expect(withTownship).toBeDefined();
    const total = withTownship!.townships.reduce((n, t) => n + t.count, 0);
    const place = await seeded.db.place.findUniqueOrThrow({ where: { name: withTownship!.townships[0].name } });
    const direct =
      (await seeded.db.campaignMention.count({ where: { campaignId: withTownship!.id, townshipId: place.id } })) +
      (await seeded.db.indicator.count({ where: { campaignId: withTownship!.id, townshipId: place.id, review: { not: "rejected" } } })) +
      (await seeded.db.goal.count({ where: { campaignId: withTownship!.id, townshipId: place.id, review: { not: "rejected" } } }));
    expect(withTownship!.townships[0].count).toBe(direct);
    expect(total).toBeGreaterThanOrEqual(direct);
  });

  it("reads ?sort= leniently", () => {
    expect(parseCampaignListParams({ sort: "recent" })).toEqual({ sort: "recent" });
    expect(parseCampaignListParams({ sort: ["name", "recent"] })).toEqual({ sort: "name" });
    expect(parseCampaignListParams({ sort: "drop table" })).toEqual({ sort: "mentions" });
    expect(parseCampaignListParams({})).toEqual({ sort: "mentions" });
  });
});

describe("getCampaign", () => {
  it("charts a campaign that runs through several issues with one point per issue date", async () => {
    const widest = await widestCampaign();
    const campaign = await getCampaign(widest.id);
    expect(campaign).not.toBeNull();
    const dates = await campaignMentionDates(seeded.db, widest.id);
    expect(dates.length).toBeGreaterThan(1);
    const points = campaign!.mentionsByDate.points;
    expect(points.map((p) => p.date)).toEqual(dates);
    expect(points.reduce((n, p) => n + p.value, 0)).toBe(
      await seeded.db.campaignMention.count({ where: { campaignId: widest.id, issueDate: { not: null } } }),
    );
    expect(campaign!.mentionsByDate.sources.map((s) => s.date)).toEqual(dates);
    expect(campaign!.issueCount).toBe(widest.issues);
    expect(campaign!.firstDate).toBe(dates[0]);
    expect(campaign!.lastDate).toBe(dates.at(-1));
  });

  it("lists its articles in date order and its mentions linking to their place in the text", async () => {
    const campaign = (await getCampaign((await widestCampaign()).id))!;
    const keys = campaign.articles.map((a) => a.issue.date ?? "9999");
    expect(keys).toEqual([...keys].sort());
    expect(campaign.articles.reduce((n, a) => n + a.mentions, 0)).toBe(campaign.mentionCount);
    for (const mention of campaign.mentions) {
      expect(mention.href).toBe(`/articles/${mention.articleId}#m-campaign-${mention.id}`);
      const row = await seeded.db.campaignMention.findUniqueOrThrow({ where: { id: mention.id }, include: { article: true } });
      expect(row.article.text.slice(row.start, row.end)).toBe(mention.text);
    }
  });

  it("groups its indicators into one series per metric and unit and shows its goals with their status", async () => {
    const rows = await seeded.db.indicator.groupBy({
      by: ["campaignId"],
      where: { campaignId: { not: null }, review: { not: "rejected" } },
      _count: { _all: true },
      orderBy: { _count: { campaignId: "desc" } },
    });
    expect(rows.length).toBeGreaterThan(0);
    const campaign = (await getCampaign(rows[0].campaignId!))!;
    expect(campaign.indicators).toHaveLength(rows[0]._count._all);
    expect(campaign.series.reduce((n, s) => n + s.points.length, 0)).toBe(campaign.indicators.length);
    for (const series of campaign.series) {
      const members = campaign.indicators.filter((i) => `${i.metric ?? ""}|${i.unit}` === series.key);
      expect(series.points.map((p) => p.href).sort()).toEqual(members.map((i) => i.href).sort());
    }
    const goals = await seeded.db.goal.findMany({ where: { campaignId: campaign.id, review: { not: "rejected" } } });
    expect(campaign.goals.map((g) => g.id).sort()).toEqual(goals.map((g) => g.id).sort());
    for (const goal of campaign.goals) expect(["未评估", "进行中", "已完成", "未完成", "无法判断"]).toContain(goal.status);
  });

  it("finds 六治六提 and charts every issue date its mentions fall on", async () => {
    const row = await seeded.db.campaign.findUnique({ where: { name: "六治六提" } });
    expect(row).not.toBeNull();
    const campaign = (await getCampaign(row!.id))!;
    expect(campaign.mentions.length).toBeGreaterThan(0);
    for (const mention of campaign.mentions) expect(mention.text).toContain("六治六提");
    expect(campaign.mentionsByDate.points.map((p) => p.date)).toEqual(await campaignMentionDates(seeded.db, row!.id));
    // Seed 002's column banner (六治六提 六比六晒, 2022-05-25) and seed 004's articles (2022-07-31).
    expect(campaign.mentionsByDate.points.map((p) => p.date)).toEqual(expect.arrayContaining(["2022-05-25", "2022-07-31"]));
    expect(campaign.issueCount).toBeGreaterThan(1);
  });

  it("returns null for a campaign that does not exist", async () => {
    await expect(getCampaign(999_999)).resolves.toBeNull();
  });
});
