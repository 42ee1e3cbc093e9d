import { indexArticles, unindexArticles } from "../db/article-search";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { ArticleExtraction, ExtractedCampaign, PlaceLevel } from "../extract/types";
import { insertRows } from "../db/insert-rows";
import { refreshIssueStats } from "../db/issue-stats";
import { campaignKey } from "../extract";
import { applyReviewDecisions } from "../review/review-items";
import type { ProcessedIssue } from "./process-issue";

export type StoreStatus = "stored" | "duplicate" | "replaced";

// The ingest log row, written in the issue's own transaction (one commit per issue, not two).
export type RunLog = { source: string; fileName: string; startedMs: number };

export type StoreResult = { status: StoreStatus; issueId: number; articles: number; items: number };

type Tx = Prisma.TransactionClient;

// Writes one processed issue in one transaction: either all of it is stored or nothing is.
// Idempotent by content hash: the same bytes a second time change nothing unless `force` is set,
// in which case the issue's articles and items are rebuilt from the current rules (the issue keeps its id).
// Writes are batched (a fixed number of statements per issue, whatever its size) because ingestion speed is
// bounded by round trips, not by data volume.
export async function storeIssue(
  db: PrismaClient,
  issue: ProcessedIssue,
  options: { force?: boolean; run?: RunLog } = {},
): Promise<StoreResult> {
  return db.$transaction(
    async (tx) => {
      const existing = await tx.issue.findUnique({
        where: { contentHash: issue.contentHash },
        select: { id: true, _count: { select: { articles: { where: { kind: { not: "banner" } } } } } },
      });
      if (existing && !options.force) {
        await logRun(tx, options.run, { status: "duplicate", issueId: existing.id, contentHash: issue.contentHash, articles: existing._count.articles, items: 0 });
        return { status: "duplicate" as const, issueId: existing.id, articles: existing._count.articles, items: 0 };
      }
      // Re-extraction keeps the ids of articles still at the same position, so links to /articles/<id> hold.
      const kept = existing ? await clearIssue(tx, existing.id, issue) : new Map<number, number>();

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
      const stored = existing
        ? await tx.issue.update({ where: { id: existing.id }, data: issueData, select: { id: true } })
        : await tx.issue.create({ data: issueData, select: { id: true } });

      const articleData = issue.articles.map(({ article }) => ({
        issueId: stored.id,
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
      }));
      for (const data of articleData.filter((a) => kept.has(a.position))) {
        await tx.article.update({ where: { id: kept.get(data.position)! }, data });
      }
      const created = await tx.article.createManyAndReturn({
        data: articleData.filter((a) => !kept.has(a.position)),
        select: { id: true, position: true },
      });
      const articleIdByPosition = new Map([...kept, ...created.map((row) => [row.position, row.id] as const)]);
      await indexArticles(
        tx,
        issue.articles
          .filter(({ article }) => article.kind !== "banner")
          .map(({ article }) => ({ id: articleIdByPosition.get(article.position)!, title: article.title, text: article.text })),
      );

      const ids = await resolveEntities(
        tx,
        issue.articles.map((a) => a.extraction),
      );
      const items = await writeItems(tx, issue, articleIdByPosition, ids, date?.date ?? null);

      // Human decisions outlive the rules: re-attach them to the same words of the rebuilt issue.
      await applyReviewDecisions(tx, stored.id, issue.contentHash);
      await refreshIssueStats(tx, stored.id);
      const result = {
        status: existing ? ("replaced" as const) : ("stored" as const),
        issueId: stored.id,
        articles: issue.articles.filter(({ article }) => article.kind !== "banner").length,
        items,
      };
      await logRun(tx, options.run, { ...result, contentHash: issue.contentHash });
      return result;
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
}

// Empties an issue before it is rebuilt: every extracted item goes, articles whose position the new parse still has
// stay (their rows are updated), the others go. Returns position → kept article id.
async function logRun(
  tx: Tx,
  run: RunLog | undefined,
  result: { status: StoreStatus; issueId: number; contentHash: string; articles: number; items: number },
): Promise<void> {
  if (!run) return;
  await tx.ingestRun.create({
    data: {
      source: run.source,
      fileName: run.fileName,
      contentHash: result.contentHash,
      status: result.status,
      durationMs: Math.round(performance.now() - run.startedMs),
      issueId: result.issueId,
      articles: result.articles,
      items: result.items,
    },
  });
}

async function clearIssue(tx: Tx, issueId: number, rebuilt: ProcessedIssue): Promise<Map<number, number>> {
  const articles = await tx.article.findMany({ where: { issueId }, select: { id: true, position: true } });
  const ids = articles.map((a) => a.id);
  await unindexArticles(tx, ids);
  const where = { articleId: { in: ids } };
  await tx.indicator.deleteMany({ where });
  await tx.goal.deleteMany({ where });
  await tx.progress.deleteMany({ where });
  await tx.campaignMention.deleteMany({ where });
  await tx.placeMention.deleteMany({ where });
  await tx.departmentMention.deleteMany({ where });
  const positions = new Set(rebuilt.articles.map(({ article }) => article.position));
  const gone = articles.filter((a) => !positions.has(a.position)).map((a) => a.id);
  if (gone.length) await tx.article.deleteMany({ where: { id: { in: gone } } });
  return new Map(articles.filter((a) => positions.has(a.position)).map((a) => [a.position, a.id]));
}

type EntityIds = {
  place: Map<string, number>;
  department: Map<string, number>;
  campaign: Map<string, number>; // by merge key
  campaignByName: Map<string, number>;
};

// Finds or creates every place, department and campaign the issue mentions: one read and at most one write per table.
async function resolveEntities(tx: Tx, extractions: ArticleExtraction[]): Promise<EntityIds> {
  const places = new Map<string, { level: PlaceLevel; township?: string }>();
  const departments = new Map<string, string>();
  const campaigns = new Map<string, ExtractedCampaign & { texts: Set<string> }>();
  const addTownship = (name: string | undefined) => {
    if (name && !places.has(name)) places.set(name, { level: "township" });
  };
  const addDepartment = (name: string | undefined, canonical?: string) => {
    if (name && (!departments.has(name) || canonical)) departments.set(name, canonical ?? departments.get(name) ?? name);
  };
  for (const extraction of extractions) {
    for (const place of extraction.places) {
      places.set(place.name, { level: place.level, township: place.township });
      if (place.level !== "township") addTownship(place.township);
    }
    for (const item of [...extraction.indicators, ...extraction.goals, ...extraction.campaigns]) {
      addTownship(item.township);
      addDepartment(item.department);
    }
    for (const department of extraction.departments) addDepartment(department.name, department.canonical);
    for (const campaign of extraction.campaigns) {
      const entry = campaigns.get(campaign.key) ?? { ...campaign, texts: new Set<string>() };
      entry.texts.add(campaign.text);
      campaigns.set(campaign.key, entry);
    }
  }

  // Townships first: other places point at them.
  const townshipNames = [...places].filter(([, p]) => p.level === "township").map(([name]) => name);
  const place = await findOrCreate(
    townshipNames,
    (names) => tx.place.findMany({ where: { name: { in: names } }, select: { id: true, name: true } }),
    (names) => tx.place.createMany({ data: names.map((name) => ({ name, level: "township" })) }),
  );
  const otherPlaces = [...places].filter(([, p]) => p.level !== "township");
  const others = await findOrCreate(
    otherPlaces.map(([name]) => name),
    (names) => tx.place.findMany({ where: { name: { in: names } }, select: { id: true, name: true } }),
    (names) =>
      tx.place.createMany({
        data: names.map((name) => {
          const entry = places.get(name)!;
          return { name, level: entry.level, townshipId: entry.township ? (place.get(entry.township) ?? null) : null };
        }),
      }),
  );
  for (const [name, id] of others) place.set(name, id);

  const department = await findOrCreate(
    [...departments.keys()],
    (names) => tx.department.findMany({ where: { name: { in: names } }, select: { id: true, name: true } }),
    (names) => tx.department.createMany({ data: names.map((name) => ({ name, canonical: departments.get(name)! })) }),
  );

  // Campaigns merge by key; a name already used under another key is the same campaign (names are unique too).
  const keys = [...campaigns.keys()];
  const names = [...campaigns.values()].map((c) => c.name);
  const known = keys.length
    ? await tx.campaign.findMany({
        where: { OR: [{ key: { in: keys } }, { name: { in: names } }] },
        select: { id: true, key: true, name: true, aliases: true },
      })
    : [];
  const campaign = new Map<string, number>();
  const campaignByName = new Map<string, number>();
  const knownByKey = new Map(known.map((row) => [row.key, row]));
  const knownByName = new Map(known.map((row) => [row.name, row]));
  const missing: (ExtractedCampaign & { texts: Set<string> })[] = [];
  for (const entry of campaigns.values()) {
    const row = knownByKey.get(entry.key) ?? knownByName.get(entry.name);
    if (!row) {
      missing.push(entry);
      continue;
    }
    campaign.set(entry.key, row.id);
    campaignByName.set(entry.name, row.id);
    const aliases = new Set<string>(JSON.parse(row.aliases) as string[]);
    const before = aliases.size;
    for (const text of entry.texts) aliases.add(text);
    if (aliases.size !== before) await tx.campaign.update({ where: { id: row.id }, data: { aliases: JSON.stringify([...aliases]) } });
  }
  // Two new keys with the same canonical name would break the unique name: the first one wins.
  const uniqueMissing = [...new Map(missing.map((entry) => [entry.name, entry])).values()];
  if (uniqueMissing.length) {
    const created = await tx.campaign.createManyAndReturn({
      data: uniqueMissing.map((entry) => ({
        name: entry.name,
        key: entry.key,
        kind: entry.kind ?? null,
        aliases: JSON.stringify([...entry.texts]),
      })),
      select: { id: true, name: true },
    });
    const createdByName = new Map(created.map((row) => [row.name, row.id]));
    for (const entry of missing) {
      const id = createdByName.get(entry.name)!;
      campaign.set(entry.key, id);
      campaignByName.set(entry.name, id);
    }
  }
  // Indicators and goals name their campaign; usually the issue mentions it too, but a link may come from context
  // (a headline, an earlier issue): find it by name, or create it under its merge key.
  const linkedNames = new Set<string>();
  for (const extraction of extractions) {
    for (const item of [...extraction.indicators, ...extraction.goals]) {
      if (item.campaign && !campaignByName.has(item.campaign)) linkedNames.add(item.campaign);
    }
  }
  if (linkedNames.size) {
    const keyOf = new Map([...linkedNames].map((name) => [name, campaignKey(name)]));
    const found = await tx.campaign.findMany({
      where: { OR: [{ name: { in: [...linkedNames] } }, { key: { in: [...keyOf.values()] } }] },
      select: { id: true, name: true, key: true },
    });
    for (const name of linkedNames) {
      const row = found.find((r) => r.name === name) ?? found.find((r) => r.key === keyOf.get(name));
      if (row) campaignByName.set(name, row.id);
    }
    const unknown = [...new Map([...linkedNames].filter((name) => !campaignByName.has(name)).map((name) => [keyOf.get(name)!, name])).values()];
    if (unknown.length) {
      const created = await tx.campaign.createManyAndReturn({
        data: unknown.map((name) => ({ name, key: keyOf.get(name)!, aliases: JSON.stringify([name]) })),
        select: { id: true, name: true },
      });
      const idByKey = new Map(created.map((row) => [keyOf.get(row.name)!, row.id]));
      for (const name of linkedNames) if (!campaignByName.has(name)) campaignByName.set(name, idByKey.get(keyOf.get(name)!)!);
    }
  }
  return { place, department, campaign, campaignByName };
}

async function findOrCreate(
  names: string[],
  find: (names: string[]) => Promise<{ id: number; name: string }[]>,
  create: (names: string[]) => Promise<unknown>,
): Promise<Map<string, number>> {
  if (names.length === 0) return new Map();
  const ids = new Map((await find(names)).map((row) => [row.name, row.id]));
  const missing = names.filter((name) => !ids.has(name));
  if (missing.length === 0) return ids;
  await create(missing);
  for (const row of await find(missing)) ids.set(row.name, row.id);
  return ids;
}

async function writeItems(
  tx: Tx,
  issue: ProcessedIssue,
  articleIdByPosition: Map<number, number>,
  ids: EntityIds,
  issueDate: string | null,
): Promise<number> {
  const township = (name?: string) => (name ? (ids.place.get(name) ?? null) : null);
  const department = (name?: string) => (name ? (ids.department.get(name) ?? null) : null);
  const campaign = (name?: string) => (name ? (ids.campaignByName.get(name) ?? null) : null);

  const indicators: Prisma.IndicatorCreateManyInput[] = [];
  const goals: Prisma.GoalCreateManyInput[] = [];
  const campaignMentions: Prisma.CampaignMentionCreateManyInput[] = [];
  const placeMentions: Prisma.PlaceMentionCreateManyInput[] = [];
  const departmentMentions: Prisma.DepartmentMentionCreateManyInput[] = [];
  const progress: Prisma.ProgressCreateManyInput[] = [];

  for (const { article, extraction } of issue.articles) {
    const articleId = articleIdByPosition.get(article.position)!;
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
        townshipId: township(item.township),
        departmentId: department(item.department),
        campaignId: campaign(item.campaign),
      });
    }
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
        townshipId: township(goal.township),
        departmentId: department(goal.department),
        campaignId: campaign(goal.campaign),
      });
    }
    for (const mention of extraction.campaigns) {
      campaignMentions.push({
        articleId,
        issueDate,
        text: mention.text,
        start: mention.start,
        end: mention.end,
        campaignId: ids.campaign.get(mention.key)!,
        townshipId: township(mention.township),
        departmentId: department(mention.department),
      });
    }
    for (const mention of extraction.places) {
      placeMentions.push({ articleId, issueDate, text: mention.text, start: mention.start, end: mention.end, placeId: ids.place.get(mention.name)! });
    }
    for (const mention of extraction.departments) {
      departmentMentions.push({
        articleId,
        issueDate,
        text: mention.text,
        start: mention.start,
        end: mention.end,
        departmentId: ids.department.get(mention.name)!,
      });
    }
    for (const p of extraction.progress) {
      progress.push({ articleId, text: p.text, fromValue: p.from, toValue: p.to, unit: p.unit, metric: p.metric ?? null, start: p.start, end: p.end });
    }
  }

  await insertRows(tx, "Indicator", indicators);
  await insertRows(tx, "Goal", goals);
  await insertRows(tx, "CampaignMention", campaignMentions);
  await insertRows(tx, "PlaceMention", placeMentions);
  await insertRows(tx, "DepartmentMention", departmentMentions);
  await insertRows(tx, "Progress", progress);
  return indicators.length + goals.length + campaignMentions.length + placeMentions.length + departmentMentions.length + progress.length;
}
