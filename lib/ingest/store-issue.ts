import { indexArticleText, unindexArticles } from "../db/article-search";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { ExtractedCampaign, ExtractedDepartment, ExtractedPlace } from "../extract/types";
import { applyReviewDecisions } from "../review/review-items";
import type { ProcessedIssue } from "./process-issue";

export type StoreStatus = "stored" | "duplicate" | "replaced";

export type StoreResult = { status: StoreStatus; issueId: number; articles: number; items: number };

type Tx = Prisma.TransactionClient;

// Writes one processed issue in one transaction: either all of it is stored or nothing is.
// Idempotent by content hash: the same bytes a second time change nothing unless `force` is set,
// in which case the issue's articles and items are rebuilt from the current rules.
export async function storeIssue(
  db: PrismaClient,
  issue: ProcessedIssue,
  options: { force?: boolean } = {},
): Promise<StoreResult> {
  return db.$transaction(
    async (tx) => {
      const existing = await tx.issue.findUnique({
        where: { contentHash: issue.contentHash },
        select: { id: true, _count: { select: { articles: true } } },
      });
      if (existing && !options.force) {
        return { status: "duplicate" as const, issueId: existing.id, articles: existing._count.articles, items: 0 };
      }
      if (existing) await clearIssue(tx, existing.id);

      const entities = new EntityResolver(tx);
      const date = issue.parsed.date;
      const issueData = {
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
      };
      // A re-extracted issue keeps its id, so links to /issues/<id> and the ingest log stay valid.
      const created = existing
        ? await tx.issue.update({ where: { id: existing.id }, data: issueData, select: { id: true } })
        : await tx.issue.create({ data: issueData, select: { id: true } });
      const issueDate = date?.date ?? null;
      let items = 0;
      for (const { article, extraction } of issue.articles) {
        const row = await tx.article.create({
          data: {
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
          },
          select: { id: true },
        });
        const articleId = row.id;
        await indexArticleText(tx, { id: articleId, title: article.title, text: article.text });

        const indicators = [];
        for (const item of extraction.indicators) {
          indicators.push({
            articleId,
            issueDate,
            text: item.text,
            value: item.value,
            valueMax: item.valueMax ?? null,
            unit: item.unit,
            approx: item.approx,
            metric: item.metric ?? null,
            role: item.role,
            period: item.period ?? null,
            asOf: item.asOf ?? null,
            start: item.start,
            end: item.end,
            sentenceStart: item.sentence.start,
            sentenceEnd: item.sentence.end,
            townshipId: await entities.township(item.township),
            departmentId: await entities.departmentByName(item.department),
            campaignId: await entities.campaignByName(item.campaign, extraction.campaigns),
          });
        }
        const goals = [];
        for (const goal of extraction.goals) {
          goals.push({
            articleId,
            issueDate,
            text: goal.text,
            verb: goal.verb,
            targetValue: goal.targetValue ?? null,
            targetUnit: goal.targetUnit ?? null,
            deadline: goal.deadline ?? null,
            start: goal.start,
            end: goal.end,
            townshipId: await entities.township(goal.township),
            departmentId: await entities.departmentByName(goal.department),
            campaignId: await entities.campaignByName(goal.campaign, extraction.campaigns),
          });
        }
        const campaignMentions = [];
        for (const mention of extraction.campaigns) {
          campaignMentions.push({
            articleId,
            issueDate,
            text: mention.text,
            start: mention.start,
            end: mention.end,
            campaignId: await entities.campaign(mention),
            townshipId: await entities.township(mention.township),
            departmentId: await entities.departmentByName(mention.department),
          });
        }
        const placeMentions = [];
        for (const mention of extraction.places) {
          placeMentions.push({
            articleId,
            issueDate,
            text: mention.text,
            start: mention.start,
            end: mention.end,
            placeId: await entities.place(mention),
          });
        }
        const departmentMentions = [];
        for (const mention of extraction.departments) {
          departmentMentions.push({
            articleId,
            issueDate,
            text: mention.text,
            start: mention.start,
            end: mention.end,
            departmentId: await entities.department(mention),
          });
        }
        const progress = extraction.progress.map((p) => ({
          articleId,
          text: p.text,
          fromValue: p.from,
          toValue: p.to,
          unit: p.unit,
          metric: p.metric ?? null,
          start: p.start,
          end: p.end,
        }));

        if (indicators.length) await tx.indicator.createMany({ data: indicators });
        if (goals.length) await tx.goal.createMany({ data: goals });
        if (campaignMentions.length) await tx.campaignMention.createMany({ data: campaignMentions });
        if (placeMentions.length) await tx.placeMention.createMany({ data: placeMentions });
        if (departmentMentions.length) await tx.departmentMention.createMany({ data: departmentMentions });
        if (progress.length) await tx.progress.createMany({ data: progress });
        items +=
          indicators.length + goals.length + campaignMentions.length + placeMentions.length + departmentMentions.length + progress.length;
      }
      // Human decisions outlive the rules: re-attach them to the same words of the rebuilt issue.
      await applyReviewDecisions(tx, created.id, issue.contentHash);
      return {
        status: existing ? ("replaced" as const) : ("stored" as const),
        issueId: created.id,
        articles: issue.articles.length,
        items,
      };
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
}

async function clearIssue(tx: Tx, issueId: number): Promise<void> {
  const articles = await tx.article.findMany({ where: { issueId }, select: { id: true } });
  await unindexArticles(tx, articles.map((a) => a.id));
  await tx.article.deleteMany({ where: { issueId } });
}

// Finds or creates the rows that mentions point at, caching ids for the rest of the transaction.
class EntityResolver {
  private readonly places = new Map<string, number>();
  private readonly departments = new Map<string, number>();
  private readonly campaigns = new Map<string, { id: number; aliases: Set<string> }>();

  constructor(private readonly tx: Tx) {}

  async township(name: string | undefined): Promise<number | null> {
    if (!name) return null;
    return this.place({ name, level: "township" });
  }

  async place(mention: Pick<ExtractedPlace, "name" | "level" | "township">): Promise<number> {
    const cached = this.places.get(mention.name);
    if (cached !== undefined) return cached;
    const townshipId =
      mention.level !== "township" && mention.township && mention.township !== mention.name
        ? await this.township(mention.township)
        : null;
    const row = await this.tx.place.upsert({
      where: { name: mention.name },
      create: { name: mention.name, level: mention.level, townshipId },
      update: {},
      select: { id: true },
    });
    this.places.set(mention.name, row.id);
    return row.id;
  }

  async department(mention: Pick<ExtractedDepartment, "name" | "canonical">): Promise<number> {
    const cached = this.departments.get(mention.name);
    if (cached !== undefined) return cached;
    const row = await this.tx.department.upsert({
      where: { name: mention.name },
      create: { name: mention.name, canonical: mention.canonical },
      update: {},
      select: { id: true },
    });
    this.departments.set(mention.name, row.id);
    return row.id;
  }

  async departmentByName(name: string | undefined): Promise<number | null> {
    if (!name) return null;
    const cached = this.departments.get(name);
    if (cached !== undefined) return cached;
    const row = await this.tx.department.findUnique({ where: { name }, select: { id: true } });
    if (row) {
      this.departments.set(name, row.id);
      return row.id;
    }
    return this.department({ name, canonical: name });
  }

  async campaign(mention: Pick<ExtractedCampaign, "name" | "key" | "kind" | "text">): Promise<number> {
    let entry = this.campaigns.get(mention.key);
    if (!entry) {
      // A campaign is one row per merge key; the name is unique too, so an existing name with another key is the same campaign.
      const existing = await this.tx.campaign.findFirst({
        where: { OR: [{ key: mention.key }, { name: mention.name }] },
        select: { id: true, aliases: true },
      });
      if (existing) {
        entry = { id: existing.id, aliases: new Set(JSON.parse(existing.aliases) as string[]) };
      } else {
        const row = await this.tx.campaign.create({
          data: { name: mention.name, key: mention.key, kind: mention.kind ?? null, aliases: JSON.stringify([mention.text]) },
          select: { id: true },
        });
        entry = { id: row.id, aliases: new Set([mention.text]) };
      }
      this.campaigns.set(mention.key, entry);
    }
    if (!entry.aliases.has(mention.text)) {
      entry.aliases.add(mention.text);
      await this.tx.campaign.update({ where: { id: entry.id }, data: { aliases: JSON.stringify([...entry.aliases]) } });
    }
    return entry.id;
  }

  // Indicators and goals name their campaign by canonical name; its key comes from the article's campaign mentions.
  async campaignByName(name: string | undefined, mentions: ExtractedCampaign[]): Promise<number | null> {
    if (!name) return null;
    const mention = mentions.find((m) => m.name === name);
    if (mention) return this.campaign(mention);
    const row = await this.tx.campaign.findUnique({ where: { name }, select: { id: true } });
    return row?.id ?? null;
  }
}
