import { Prisma, type PrismaClient } from "../lib/generated/prisma/client";
import type { ExtractedCampaign, ExtractedDepartment, ExtractedPlace } from "../lib/extract/types";
import type { ProcessedIssue } from "../lib/ingest/process-issue";
import { applyReviewDecisions } from "../lib/review/review-items";

// A SKETCH for the lead, not an ingester: what lib/ingest/store-issue.ts would cost if its item rows (indicators, goals,
// mentions, progress: ~200 per issue) went in as multi-row INSERT … VALUES through $executeRaw instead of createMany.
// Prisma's per-row work on createMany (argument mapping, the query compiler in WASM) is most of the store's CPU time.
// Same rows and transaction as storeIssue, Prisma only (quoted identifiers: the SQL runs on PostgreSQL too);
// new issues only (no --force replace path). Entities are read once per transaction, as storeIssue does.

type Tx = Prisma.TransactionClient;

export async function storeIssueRawInserts(db: PrismaClient, issue: ProcessedIssue): Promise<{ issueId: number; items: number }> {
  return db.$transaction(
    async (tx) => {
      // A department's full name comes from its mentions; items only carry the short name (as in storeIssue).
      const canonicals = new Map(issue.articles.flatMap(({ extraction }) => extraction.departments.map((d) => [d.name, d.canonical] as const)));
      const entities = await EntityCache.load(tx, canonicals);
      // Like storeIssue, an item links only to a campaign the issue itself mentions.
      const mentioned = issue.articles.flatMap(({ extraction }) => extraction.campaigns);
      const date = issue.parsed.date;
      const created = await tx.issue.create({
        data: {
          contentHash: issue.contentHash,
          fileName: issue.fileName,
          encoding: issue.encoding,
          byteSize: issue.byteSize,
          rawText: issue.rawText,
          date: date?.date ?? null,
          dateSource: date?.source ?? null,
          dateEvidence: date?.evidence ?? null,
          dateConfidence: date?.confidence ?? null,
          number: issue.parsed.masthead.number ?? null,
          weekday: issue.parsed.masthead.weekday ?? null,
          lunarDate: issue.parsed.masthead.lunarDate ?? null,
        },
        select: { id: true },
      });
      const issueDate = date?.date ?? null;
      const articles = await tx.article.createManyAndReturn({
        data: issue.articles.map(({ article }) => ({
          issueId: created.id,
          position: article.position,
          kind: article.kind,
          title: article.title,
          kicker: article.kicker ?? null,
          subtitle: article.subtitle ?? null,
          byline: article.byline ?? null,
          reporters: JSON.stringify(article.reporters),
          interviewee: article.interviewee ?? null,
          continuation: article.continuation ?? null,
          sectionHeads: JSON.stringify(article.sectionHeads),
          text: article.text,
        })),
        select: { id: true, position: true },
      });
      const idAt = new Map(articles.map((a) => [a.position, a.id]));
      const searchable = issue.articles.filter(({ article }) => article.kind !== "banner"); // as storeIssue: banners are not searched
      if (searchable.length) {
        const rows = searchable.map(({ article }) => Prisma.sql`(${idAt.get(article.position)}, ${article.title}, ${article.text})`);
        await tx.$executeRaw`INSERT INTO "ArticleSearch" (rowid, "title", "body") VALUES ${Prisma.join(rows)}`;
      }

      const indicators: Prisma.IndicatorCreateManyInput[] = [];
      const goals: Prisma.GoalCreateManyInput[] = [];
      const campaignMentions: Prisma.CampaignMentionCreateManyInput[] = [];
      const placeMentions: Prisma.PlaceMentionCreateManyInput[] = [];
      const departmentMentions: Prisma.DepartmentMentionCreateManyInput[] = [];
      const progress: Prisma.ProgressCreateManyInput[] = [];
      for (const { article, extraction } of issue.articles) {
        const articleId = idAt.get(article.position)!;
        const span = (s: { text: string; start: number; end: number }) => ({ articleId, text: s.text, start: s.start, end: s.end });
        for (const item of extraction.indicators) {
          indicators.push({
            ...span(item),
            issueDate,
            value: item.value,
            valueMax: item.valueMax ?? null,
            unit: item.unit,
            approx: item.approx,
            metric: item.metric ?? null,
            role: item.role,
            period: item.period ?? null,
            asOf: item.asOf ?? null,
            sentenceStart: item.sentence.start,
            sentenceEnd: item.sentence.end,
            townshipId: await entities.township(item.township),
            departmentId: await entities.departmentByName(item.department),
            campaignId: await entities.campaignByName(item.campaign, mentioned),
          });
        }
        for (const goal of extraction.goals) {
          goals.push({
            ...span(goal),
            issueDate,
            verb: goal.verb,
            targetValue: goal.targetValue ?? null,
            targetUnit: goal.targetUnit ?? null,
            deadline: goal.deadline ?? null,
            townshipId: await entities.township(goal.township),
            departmentId: await entities.departmentByName(goal.department),
            campaignId: await entities.campaignByName(goal.campaign, mentioned),
          });
        }
        for (const mention of extraction.campaigns) {
          campaignMentions.push({
            ...span(mention),
            issueDate,
            campaignId: await entities.campaign(mention),
            townshipId: await entities.township(mention.township),
            departmentId: await entities.departmentByName(mention.department),
          });
        }
        for (const mention of extraction.places) placeMentions.push({ ...span(mention), issueDate, placeId: await entities.place(mention) });
        for (const mention of extraction.departments) {
          departmentMentions.push({ ...span(mention), issueDate, departmentId: await entities.department(mention) });
        }
        for (const p of extraction.progress) {
          progress.push({ ...span(p), fromValue: p.from, toValue: p.to, unit: p.unit, metric: p.metric ?? null });
        }
      }
      await entities.saveAliases();
      await insertRows(tx, "Indicator", indicators);
      await insertRows(tx, "Goal", goals);
      await insertRows(tx, "CampaignMention", campaignMentions);
      await insertRows(tx, "PlaceMention", placeMentions);
      await insertRows(tx, "DepartmentMention", departmentMentions);
      await insertRows(tx, "Progress", progress);
      await applyReviewDecisions(tx, created.id, issue.contentHash);
      const items = indicators.length + goals.length + campaignMentions.length + placeMentions.length + departmentMentions.length + progress.length;
      return { issueId: created.id, items };
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
}

// Multi-row INSERT in plain SQL (quoted identifiers: the same text runs on SQLite and PostgreSQL). Every row of a table
// is built by the same code above, so all have the same keys; columns left out take their defaults (review, status).
const MAX_PARAMETERS = 30_000; // SQLite allows 32,766 bound parameters per statement, PostgreSQL 65,535

async function insertRows(tx: Tx, table: string, rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const head = Prisma.raw(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let i = 0; i < rows.length; i += perStatement) {
    const values = rows.slice(i, i + perStatement).map((row) => {
      const record = row as Record<string, unknown>;
      return Prisma.sql`(${Prisma.join(columns.map((c) => record[c] ?? null))})`;
    });
    await tx.$executeRaw`${head}${Prisma.join(values)}`;
  }
}

// The entity tables are small (a gazetteer plus the campaigns seen so far): read them whole, create only what is new.
class EntityCache {
  private constructor(
    private readonly tx: Tx,
    private readonly places: Map<string, number>,
    private readonly departments: Map<string, number>,
    private readonly campaignsByKey: Map<string, { id: number; aliases: Set<string>; changed: boolean }>,
    private readonly campaignsByName: Map<string, string>, // name → key
    private readonly canonicals: Map<string, string>,
  ) {}

  static async load(tx: Tx, canonicals: Map<string, string>): Promise<EntityCache> {
    const [places, departments, campaigns] = await Promise.all([
      tx.place.findMany({ select: { id: true, name: true } }),
      tx.department.findMany({ select: { id: true, name: true } }),
      tx.campaign.findMany({ select: { id: true, name: true, key: true, aliases: true } }),
    ]);
    return new EntityCache(
      tx,
      new Map(places.map((p) => [p.name, p.id])),
      new Map(departments.map((d) => [d.name, d.id])),
      new Map(campaigns.map((c) => [c.key, { id: c.id, aliases: new Set(JSON.parse(c.aliases) as string[]), changed: false }])),
      new Map(campaigns.map((c) => [c.name, c.key])),
      canonicals,
    );
  }

  async township(name: string | undefined): Promise<number | null> {
    return name ? this.place({ name, level: "township" }) : null;
  }

  async place(mention: Pick<ExtractedPlace, "name" | "level" | "township">): Promise<number> {
    const known = this.places.get(mention.name);
    if (known !== undefined) return known;
    const townshipId =
      mention.level !== "township" && mention.township && mention.township !== mention.name ? await this.township(mention.township) : null;
    const row = await this.tx.place.create({ data: { name: mention.name, level: mention.level, townshipId }, select: { id: true } });
    this.places.set(mention.name, row.id);
    return row.id;
  }

  async department(mention: Pick<ExtractedDepartment, "name" | "canonical">): Promise<number> {
    const known = this.departments.get(mention.name);
    if (known !== undefined) return known;
    const row = await this.tx.department.create({ data: { name: mention.name, canonical: mention.canonical }, select: { id: true } });
    this.departments.set(mention.name, row.id);
    return row.id;
  }

  async departmentByName(name: string | undefined): Promise<number | null> {
    return name ? this.department({ name, canonical: this.canonicals.get(name) ?? name }) : null;
  }

  async campaign(mention: Pick<ExtractedCampaign, "name" | "key" | "kind" | "text">): Promise<number> {
    const key = this.campaignsByKey.has(mention.key) ? mention.key : (this.campaignsByName.get(mention.name) ?? mention.key);
    let entry = this.campaignsByKey.get(key);
    if (!entry) {
      const row = await this.tx.campaign.create({
        data: { name: mention.name, key: mention.key, kind: mention.kind ?? null, aliases: JSON.stringify([mention.text]) },
        select: { id: true },
      });
      entry = { id: row.id, aliases: new Set([mention.text]), changed: false };
      this.campaignsByKey.set(mention.key, entry);
      this.campaignsByName.set(mention.name, mention.key);
    }
    if (!entry.aliases.has(mention.text)) {
      entry.aliases.add(mention.text);
      entry.changed = true;
    }
    if (key !== mention.key) this.campaignsByKey.set(mention.key, entry);
    return entry.id;
  }

  async campaignByName(name: string | undefined, mentions: ExtractedCampaign[]): Promise<number | null> {
    const mention = name ? mentions.find((m) => m.name === name) : undefined;
    return mention ? this.campaign(mention) : null;
  }

  async saveAliases(): Promise<void> {
    for (const entry of new Set(this.campaignsByKey.values())) {
      if (!entry.changed) continue;
      await this.tx.campaign.update({ where: { id: entry.id }, data: { aliases: JSON.stringify([...entry.aliases]) } });
      entry.changed = false;
    }
  }
}
