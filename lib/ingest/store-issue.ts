import { indexArticles, unindexArticles } from "../db/article-search";
import { refreshIndicatorSearch } from "../db/indicator-search";
import { refreshIssueStats } from "../db/issue-stats";
import { retryWhenBusy } from "../db/retry-busy";
import { sqlRunner, type SqlRunner, type SqlValue } from "../db/sql-runner";
import { placeholders } from "../db/statement-chunks";
import { textIdentityHash } from "../text/text-identity";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { ArticleExtraction } from "../extract/types";
import { applyReviewDecisions } from "../review/review-items";
import { ITEM_TABLE_NAMES } from "./item-rows";
import { linkIssue, unlinkArticles } from "./link-goals";
import {
  buildItemRows,
  campaignLookup,
  collectEntities,
  itemKeys,
  keepIds,
  planCampaigns,
  type CampaignTarget,
  type EntityIds,
  type PreviousItemIds,
  type StoredCampaign,
} from "./plan-issue-rows";
import type { ProcessedIssue } from "./process-issue";

export type StoreStatus = "stored" | "duplicate" | "replaced";

// The ingest log row, written in the issue's own transaction (one commit per issue, not two).
export type RunLog = { source: string; fileName: string; startedMs: number };

export type StoreResult = { status: StoreStatus; issueId: number; articles: number; items: number };

// Writes one processed issue in one transaction (a batch of one, see storeIssues): all of it is stored or nothing is.
// Idempotent by content hash: the same bytes a second time change nothing unless `force` is set,
// in which case the issue's articles and items are rebuilt from the current rules (the issue keeps its id).
// Ingestion speed is bounded by per-statement overhead, not data volume: the SQL goes through a SqlRunner (cached
// prepared statements on SQLite), entities are resolved once per issue, and Prisma's own API is only used for the
// transaction and for the rare re-applied review decisions.
export async function storeIssue(
  db: PrismaClient,
  issue: ProcessedIssue,
  options: { force?: boolean; run?: RunLog } = {},
): Promise<StoreResult> {
  const [outcome] = await storeIssues(db, [{ issue, run: options.run }], { force: options.force });
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
}

export type StoreOutcome = { ok: true; result: StoreResult } | { ok: false; error: unknown };

// Several issues in one transaction (bulk ingestion), each inside its own savepoint: an issue whose writes fail is
// rolled back alone, whole, and reported; the others are kept. Every issue is still all-or-nothing; what the batch
// shares is the commit, which on SQLite costs as much as writing a whole issue (the full-text index is flushed at
// commit). If the batch itself fails (its search rows, its commit), the whole transaction is rolled back and the caller
// stores the issues one by one (lib/ingest/ingest-file.ts).
export async function storeIssues(
  db: PrismaClient,
  issues: { issue: ProcessedIssue; run?: RunLog }[],
  options: { force?: boolean } = {},
): Promise<StoreOutcome[]> {
  return retryWhenBusy(() => db.$transaction(async (tx) => {
    const sql = sqlRunner(db, tx);
    const outcomes: StoreOutcome[] = [];
    // Search rows waiting for the end of the batch, by article id: an issue forced twice in one batch (the same file
    // under two names) rebuilds the same articles, whose rows must replace the waiting ones, not be added again.
    const search = new Map<number, SearchRow>();
    for (const { issue, run } of issues) {
      await sql.run("SAVEPOINT zhibiao_issue");
      try {
        const written = await writeIssue(sql, tx, issue, { force: options.force, run });
        await sql.run("RELEASE SAVEPOINT zhibiao_issue");
        outcomes.push({ ok: true, result: written.result });
        for (const id of written.unindexed) search.delete(id);
        for (const row of written.search) search.set(row.id, row);
      } catch (error) {
        await rollBackIssue(sql, error);
        outcomes.push({ ok: false, error });
      }
    }
    // The search rows of the whole batch go last. SQLite's fts5 keeps new rows in memory and writes them out at the
    // next savepoint or statement journal, which every issue opens: indexed per issue, that write cost as much as the
    // rest of the issue; at the end of the batch it happens once, at commit.
    await indexArticles(sql, [...search.values()]);
    // The character index of their numbers likewise (lib/db/indicator-search.ts), for the issues stored or rebuilt.
    await refreshIndicatorSearch(sql, outcomes.flatMap((o) => (o.ok && o.result.status !== "duplicate" ? [o.result.issueId] : [])));
    return outcomes;
  }, TRANSACTION_OPTIONS));
}

// The stored issue this one is, if any: the same bytes, the same text in another encoding or line-end style, or the
// same masthead (date and 第N期 of the same paper) — a paper numbers its issues once, so a second file with the masthead
// of a stored issue is that issue again (a corrected file replaces it with --force). Another paper's 第N期 of the same
// day is another issue; a masthead without a paper name matches any paper (issues stored before the name was kept).
async function findSameIssue(sql: SqlRunner, issue: ProcessedIssue, textHash: string): Promise<{ id: number; contentHash: string } | undefined> {
  const masthead = issue.parsed.masthead;
  const byMasthead = masthead.date !== undefined && masthead.number !== undefined;
  const samePaper = masthead.paper ? ` AND ("paper" IS NULL OR "paper" = ?)` : "";
  const [found] = await sql.all<{ id: number; contentHash: string }>(
    `SELECT "id", "contentHash" FROM "Issue"
     WHERE "contentHash" = ? OR "textHash" = ?${byMasthead ? ` OR ("dateSource" = 'masthead' AND "date" = ? AND "number" = ?${samePaper})` : ""}
     ORDER BY CASE WHEN "contentHash" = ? THEN 0 WHEN "textHash" = ? THEN 1 ELSE 2 END, "id"
     LIMIT 1`,
    [
      issue.contentHash,
      textHash,
      ...(byMasthead ? [masthead.date!, masthead.number!, ...(masthead.paper ? [masthead.paper] : [])] : []),
      issue.contentHash,
      textHash,
    ],
  );
  return found;
}

// Undoes one issue of a batch. If the database already ended the whole transaction (SQLite does on a full disk or an
// I/O error), the savepoint is gone: the issue's own error is what the caller must see, not "no such savepoint".
async function rollBackIssue(sql: SqlRunner, error: unknown): Promise<void> {
  try {
    await sql.run("ROLLBACK TO SAVEPOINT zhibiao_issue");
    await sql.run("RELEASE SAVEPOINT zhibiao_issue");
  } catch {
    throw error;
  }
}

const TRANSACTION_OPTIONS = { timeout: 60_000, maxWait: 60_000 };

type SearchRow = { id: number; title: string; text: string };

// Writes one issue; its full-text search rows are returned for the caller to index (see storeIssues), with the ids of
// articles whose search rows it removed (a rebuilt issue's).
async function writeIssue(
  sql: SqlRunner,
  tx: Prisma.TransactionClient,
  issue: ProcessedIssue,
  options: { force?: boolean; run?: RunLog },
): Promise<{ result: StoreResult; search: SearchRow[]; unindexed: number[] }> {
  const textHash = textIdentityHash(issue.rawText);
  const existing = await findSameIssue(sql, issue, textHash);
  if (existing && !options.force) {
    const [counted] = await sql.all<{ n: number | bigint }>(
      `SELECT COUNT(*) AS "n" FROM "Article" WHERE "issueId" = ? AND "kind" <> 'banner'`,
      [existing.id],
    );
    const articles = Number(counted.n);
    await logRun(sql, options.run, { status: "duplicate", issueId: existing.id, contentHash: issue.contentHash, articles, items: 0 });
    return { result: { status: "duplicate" as const, issueId: existing.id, articles, items: 0 }, search: [], unindexed: [] };
  }
  // A forced rebuild from another file of the same issue (GBK instead of UTF-8) keeps the stored identity: editors'
  // decisions are filed under it.
  if (existing) issue = { ...issue, contentHash: existing.contentHash };
  // Re-extraction keeps the ids of articles still at the same position, so links to /articles/<id> hold.
  const cleared = existing
    ? await clearIssue(sql, existing.id, issue)
    : { kept: new Map<number, number>(), unindexed: [], previous: new Map<string, number>(), relink: [] as number[] };
  const { kept } = cleared;

  const date = issue.parsed.date;
  const issueData = {
    contentHash: issue.contentHash,
    textHash,
    fileName: issue.fileName,
    encoding: issue.encoding,
    byteSize: issue.byteSize,
    rawText: issue.rawText,
    date: date?.date ?? null,
    dateSource: date?.source ?? null,
    dateEvidence: date?.evidence ?? null,
    dateConfidence: date?.confidence ?? null,
    number: issue.parsed.masthead.number ?? null,
    paper: issue.parsed.masthead.paper ?? null,
    weekday: issue.parsed.masthead.weekday ?? null,
    lunarDate: issue.parsed.masthead.lunarDate ?? null,
  } satisfies Prisma.IssueUncheckedCreateInput;
  let issueId: number;
  if (existing) {
    await update(sql, "Issue", existing.id, issueData);
    issueId = existing.id;
  } else {
    [{ id: issueId }] = await sql.insert<{ id: number }>("Issue", [issueData], ["id"]);
  }

  const articleData = issue.articles.map(
    ({ article }) =>
      ({
        issueId,
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
      }) satisfies Prisma.ArticleUncheckedCreateInput,
  );
  for (const data of articleData.filter((a) => kept.has(a.position))) await update(sql, "Article", kept.get(data.position)!, data);
  const created = await sql.insert<{ id: number; position: number }>(
    "Article",
    articleData.filter((a) => !kept.has(a.position)),
    ["id", "position"],
  );
  const articleIdByPosition = new Map([...kept, ...created.map((row) => [row.position, row.id] as const)]);
  const search = issue.articles
    .filter(({ article }) => article.kind !== "banner")
    .map(({ article }) => ({ id: articleIdByPosition.get(article.position)!, title: article.title, text: article.text }));

  const ids = await resolveEntities(
    sql,
    issue.articles.map((a) => a.extraction),
  );
  const items = await writeItems(sql, issue, articleIdByPosition, ids, date?.date ?? null, cleared.previous);

  // Human decisions outlive the rules: re-attach them to the same words of the rebuilt issue (rare: only issues
  // an editor reviewed before have any, so the check comes first).
  const [decided] = await sql.all(`SELECT 1 AS "found" FROM "ReviewDecision" WHERE "issueHash" = ? LIMIT 1`, [issue.contentHash]);
  if (decided) await applyReviewDecisions(tx, issueId, issue.contentHash);
  // Goals of this issue meet later material already stored, and its articles meet earlier goals (lib/ingest/link-goals.ts).
  await linkIssue(sql, tx, { issue, issueId, issueDate: date?.date ?? null, articleIdByPosition, relink: cleared.relink });
  await refreshIssueStats(sql, issueId, { isNew: !existing });
  const result = {
    status: existing ? ("replaced" as const) : ("stored" as const),
    issueId,
    articles: issue.articles.filter(({ article }) => article.kind !== "banner").length,
    items,
  };
  await logRun(sql, options.run, { ...result, contentHash: issue.contentHash });
  return { result, search, unindexed: cleared.unindexed };
}

async function logRun(
  sql: SqlRunner,
  run: RunLog | undefined,
  result: { status: StoreStatus; issueId: number; contentHash: string; articles: number; items: number },
): Promise<void> {
  if (!run) return;
  await sql.insert("IngestRun", [
    {
      source: run.source,
      fileName: run.fileName,
      contentHash: result.contentHash,
      status: result.status,
      durationMs: Math.round(performance.now() - run.startedMs),
      issueId: result.issueId,
      articles: result.articles,
      items: result.items,
    } satisfies Prisma.IngestRunUncheckedCreateInput,
  ]);
}

async function update(sql: SqlRunner, table: "Issue" | "Article", id: number, data: Record<string, SqlValue>): Promise<void> {
  const columns = Object.keys(data);
  await sql.run(`UPDATE "${table}" SET ${columns.map((column) => `"${column}" = ?`).join(", ")} WHERE "id" = ?`, [
    ...columns.map((column) => data[column]),
    id,
  ]);
}

// Empties an issue before it is rebuilt: every extracted item goes, articles whose position the new parse still has
// stay (their rows are updated), the others go. Returns position → kept article id, and the ids whose search rows went.
async function clearIssue(
  sql: SqlRunner,
  issueId: number,
  rebuilt: ProcessedIssue,
): Promise<{ kept: Map<number, number>; unindexed: number[]; previous: PreviousItemIds; relink: number[] }> {
  const articles = await sql.all<{ id: number; position: number }>(`SELECT "id", "position" FROM "Article" WHERE "issueId" = ?`, [issueId]);
  const ids = articles.map((a) => a.id);
  await unindexArticles(sql, ids);
  const relink = ids.length ? await unlinkArticles(sql, ids) : []; // goal evidence and index keys (lib/ingest/link-goals.ts)
  // By the issue, not by a list of its article ids: an issue can hold more articles than a statement takes parameters.
  const previous: PreviousItemIds = new Map();
  for (const table of ITEM_TABLE_NAMES) {
    const ofIssue = `"articleId" IN (SELECT "id" FROM "Article" WHERE "issueId" = ?)`;
    const rows = await sql.all<{ id: number; articleId: number; start: number; end: number; text: string }>(
      `SELECT "id", "articleId", "start", "end", "text" FROM "${table}" WHERE ${ofIssue}`,
      [issueId],
    );
    for (const [key, row] of itemKeys(table, rows)) previous.set(key, Number(row.id));
    await sql.run(`DELETE FROM "${table}" WHERE ${ofIssue}`, [issueId]);
  }
  const positions = new Set(rebuilt.articles.map(({ article }) => article.position));
  const gone = articles.filter((a) => !positions.has(a.position)).map((a) => a.id);
  if (gone.length) await sql.run(`DELETE FROM "Article" WHERE "id" IN (${placeholders(gone)})`, gone);
  return { kept: new Map(articles.filter((a) => positions.has(a.position)).map((a) => [a.position, a.id])), unindexed: ids, previous, relink };
}

// Finds or creates every place, department and campaign the issue mentions (lib/ingest/plan-issue-rows.ts decides
// which, and how campaigns merge): one read and at most one write per table.
async function resolveEntities(sql: SqlRunner, extractions: ArticleExtraction[]): Promise<EntityIds> {
  const entities = collectEntities(extractions);
  const { places, departments } = entities;
  // Townships first: other places point at them.
  const townshipNames = [...places].filter(([, p]) => p.level === "township").map(([name]) => name);
  const place = await findOrCreate(sql, "Place", townshipNames, (name) => ({ name, level: "township" }));
  const otherPlaces = [...places].filter(([, p]) => p.level !== "township");
  const others = await findOrCreate(
    sql,
    "Place",
    otherPlaces.map(([name]) => name),
    (name) => {
      const entry = places.get(name)!;
      return { name, level: entry.level, townshipId: entry.township ? (place.get(entry.township) ?? null) : null };
    },
  );
  for (const [name, id] of others) place.set(name, id);
  const department = await findOrCreate(sql, "Department", [...departments.keys()], (name) => ({ name, canonical: departments.get(name)! }));

  const { keys, names } = campaignLookup(entities);
  const stored = keys.length
    ? await sql.all<StoredCampaign>(
        `SELECT "id", "key", "name", "aliases" FROM "Campaign" WHERE "key" IN (${placeholders(keys)}) OR "name" IN (${placeholders(names)})`,
        [...keys, ...names],
      )
    : [];
  const merge = planCampaigns(entities, stored);
  for (const { id, aliases } of merge.aliasUpdates) await sql.run(`UPDATE "Campaign" SET "aliases" = ? WHERE "id" = ?`, [aliases, id]);
  const created = await sql.insert<{ id: number; name: string }>("Campaign", merge.inserts, ["id", "name"]);
  const createdByName = new Map(created.map((row) => [row.name, row.id]));
  const idOf = (target: CampaignTarget) => ("id" in target ? target.id : createdByName.get(target.created)!);
  const campaign = new Map([...merge.byKey].map(([key, target]) => [key, idOf(target)]));
  const campaignByName = new Map([...merge.byName].map(([name, target]) => [name, idOf(target)]));
  return { place, department, campaign, campaignByName };
}

// Ids of the named rows, creating the missing ones (names are unique in both tables).
async function findOrCreate(
  sql: SqlRunner,
  table: "Place" | "Department",
  names: string[],
  newRow: (name: string) => Record<string, SqlValue>,
): Promise<Map<string, number>> {
  if (names.length === 0) return new Map();
  const found = await sql.all<{ id: number; name: string }>(`SELECT "id", "name" FROM "${table}" WHERE "name" IN (${placeholders(names)})`, names);
  const ids = new Map(found.map((row) => [row.name, row.id]));
  const missing = names.filter((name) => !ids.has(name));
  const created = await sql.insert<{ id: number; name: string }>(table, missing.map(newRow), ["id", "name"]);
  for (const row of created) ids.set(row.name, row.id);
  return ids;
}

// Writes the issue's item rows (lib/ingest/plan-issue-rows.ts builds them), giving rebuilt items their previous ids.
async function writeItems(
  sql: SqlRunner,
  issue: ProcessedIssue,
  articleIdByPosition: Map<number, number>,
  ids: EntityIds,
  issueDate: string | null,
  previous: PreviousItemIds,
): Promise<number> {
  const rows = buildItemRows(issue, articleIdByPosition, ids, issueDate);
  const tables = ["Indicator", "Goal", "CampaignMention", "PlaceMention", "DepartmentMention", "Progress"] as const;
  const inserts = tables.flatMap((table) => {
    const { reused, fresh } = keepIds(table, rows[table], previous);
    return [
      { table, rows: reused },
      { table, rows: fresh },
    ];
  });
  await sql.insertAll(inserts); // one statement on PostgreSQL
  return tables.reduce((sum, table) => sum + rows[table].length, 0);
}
