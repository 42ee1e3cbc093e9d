// Linking at ingestion (issue #11 §3): the goals of a new issue meet the later material already stored, and its
// articles meet the earlier goals, so the links are the same whatever order issues arrive in.
//
// How it scales: nothing compares all goals with all sentences. Each goal is indexed under its keys (GoalKey: its
// strong subject tokens "t:下刘", its campaign "c:<name>", its series "s:<key>"), each article under the keys it
// holds (ArticleKey: villages and named sites it names, campaigns it mentions, series of its numbers). A new issue
// reads the goals sharing a key with its articles and dated before it (GoalKey primary key (key, issueDate, goalId)), and the articles
// sharing a key with its goals and dated after it (ArticleKey primary key (key, issueDate, articleId)); only those pairs go through the
// matcher (lib/track/link-evidence.ts). Per issue: one indexed range read per key (at most PER_KEY rows, nearest in
// time first) and at most MAX_CANDIDATES articles or goals read back, so the cost is bounded per issue and does not
// grow with the size of the archive.

import type { Prisma } from "../generated/prisma/client";
import type { SqlRunner } from "../db/sql-runner";
import { refreshEvidenceState } from "../db/goal-evidence-state";
import { applyEvidenceDecisions } from "../review/review-evidence";
import { matchEvidence, type EvidenceArticle, type EvidenceIndicator, type GoalForMatch } from "../track/link-evidence";
import type { SubjectTokens } from "../track/subject-tokens";
import { articleForLinking, goalKeys } from "../track/track-keys";
import type { ProcessedIssue } from "./process-issue";

// A subject that recurs in every issue (a drive the paper follows weekly) must not make each issue compare itself
// with the whole archive: each direction reads at most this many candidates, the nearest in time (the goals just
// before the issue, the articles just after the goal), which are also where a report on the goal is.
const MAX_CANDIDATES = 20;
const PER_KEY = 10;

const placeholders = (values: readonly unknown[]) => values.map(() => "?").join(", ");

// What the bench (bench/measure-goals.ts) reads and sets: `enabled` off stores issues without linking, so the cost of
// linking is ingestion with it minus ingestion without it on the same corpus (nothing else turns it off); the counters
// show the work is bounded per issue (key range reads, goal–article pairs handed to the matcher) as the archive grows.
export const linkingBench = { enabled: true, issues: 0, keyReads: 0, pairs: 0 };

// Removes the links and keys of articles about to be rebuilt; returns the goals of other issues that lost links
// (their evidence summary is recomputed once the issue is linked again).
export async function unlinkArticles(sql: SqlRunner, articleIds: number[]): Promise<number[]> {
  const list = placeholders(articleIds);
  const touched = await sql.all<{ goalId: number }>(`SELECT DISTINCT "goalId" FROM "GoalEvidence" WHERE "articleId" IN (${list})`, articleIds);
  const goals = `SELECT "id" FROM "Goal" WHERE "articleId" IN (${list})`;
  await sql.run(`DELETE FROM "GoalEvidence" WHERE "articleId" IN (${list}) OR "goalId" IN (${goals})`, [...articleIds, ...articleIds]);
  await sql.run(`DELETE FROM "GoalKey" WHERE "goalId" IN (${goals})`, articleIds);
  await sql.run(`DELETE FROM "ArticleKey" WHERE "articleId" IN (${list})`, articleIds);
  return touched.map((row) => row.goalId);
}

type StoredGoal = {
  id: number;
  text: string;
  issueDate: string;
  deadlineDate: string | null;
  targetValue: number | null;
  targetUnit: string | null;
  targetBound: string | null;
  subject: string | null;
  tokens: string;
  campaign: string | null;
  township: string | null;
};

const GOAL_COLUMNS = `g."id", g."text", g."issueDate", g."deadlineDate", g."targetValue", g."targetUnit", g."targetBound", g."subject", g."tokens",
  c."name" AS "campaign", p."name" AS "township"`;
const GOAL_FROM = `"Goal" g LEFT JOIN "Campaign" c ON c."id" = g."campaignId" LEFT JOIN "Place" p ON p."id" = g."townshipId"`;

const toMatchGoal = (g: StoredGoal): GoalForMatch => ({
  text: g.text,
  issueDate: g.issueDate,
  deadlineDate: g.deadlineDate,
  targetValue: g.targetValue,
  targetUnit: g.targetUnit,
  targetBound: (g.targetBound as GoalForMatch["targetBound"]) ?? null,
  subject: g.subject,
  campaign: g.campaign,
  township: g.township,
  tokens: JSON.parse(g.tokens) as SubjectTokens,
});

type LinkRow = { goalId: number; articleId: number; issueDate: string } & ReturnType<typeof linkColumns>;

function linkColumns(match: NonNullable<ReturnType<typeof matchEvidence>>) {
  return {
    sentenceStart: match.sentenceStart,
    sentenceEnd: match.sentenceEnd,
    text: match.text,
    value: match.value ?? null,
    unit: match.unit ?? null,
    relation: match.relation,
    score: match.score,
    words: JSON.stringify(match.words),
  };
}

export async function linkIssue(
  sql: SqlRunner,
  tx: Prisma.TransactionClient,
  input: { issue: ProcessedIssue; issueId: number; issueDate: string | null; articleIdByPosition: Map<number, number>; relink: number[] },
): Promise<void> {
  if (!linkingBench.enabled) return;
  const { issue, issueDate, articleIdByPosition } = input;
  const touched = new Set<number>(input.relink);
  linkingBench.issues += 1;
  if (issueDate) {
    // This issue's articles as evidence: keys and the matcher's view of each.
    const evidence = new Map<number, EvidenceArticle & { keys: string[] }>();
    const articleKeyRows: { key: string; articleId: number; issueDate: string }[] = [];
    for (const { article, extraction } of issue.articles) {
      if (article.kind === "banner") continue;
      const articleId = articleIdByPosition.get(article.position)!;
      const linked = articleForLinking(article, extraction, issueDate);
      for (const key of linked.keys) articleKeyRows.push({ key, articleId, issueDate });
      evidence.set(articleId, { ...linked.evidence, keys: linked.keys });
    }
    await sql.insert("ArticleKey", articleKeyRows);

    // This issue's goals: keys, then the later stored articles that share one.
    const goals = await sql.all<StoredGoal & { articleId: number }>(
      `SELECT ${GOAL_COLUMNS}, g."articleId" FROM ${GOAL_FROM} WHERE g."articleId" IN (${placeholders([...articleIdByPosition.values()])})`,
      [...articleIdByPosition.values()],
    );
    const goalKeyRows: { key: string; goalId: number; issueDate: string }[] = [];
    const keysOfGoal = new Map<number, string[]>();
    for (const goal of goals) {
      const keys = goalKeys({ ...goal, tokens: JSON.parse(goal.tokens) as SubjectTokens });
      keysOfGoal.set(goal.id, keys);
      for (const key of keys) goalKeyRows.push({ key, goalId: goal.id, issueDate });
    }
    await sql.insert("GoalKey", goalKeyRows);

    const links: LinkRow[] = [];
    // Issues mostly arrive in date order: when nothing stored is later (or earlier) than this issue, that direction has
    // no candidates and its per-key reads are skipped (one read of Issue's date index instead of one per key).
    const [span] = await sql.all<{ first: string | null; last: string | null }>(
      `SELECT (SELECT MIN("date") FROM "Issue" WHERE "date" IS NOT NULL) AS "first", (SELECT MAX("date") FROM "Issue") AS "last"`, // two index seeks
      [],
    );
    const allGoalKeys = span?.last && span.last > issueDate ? [...new Set(goalKeyRows.map((r) => r.key))] : [];
    if (allGoalKeys.length) {
      // One indexed range per key (key, issueDate > this issue), nearest first: never a sort of the archive.
      const later = await readKeyRanges<{ id: number; key: string; issueDate: string }>(sql, "later", allGoalKeys, issueDate);
      linkingBench.keyReads += allGoalKeys.length;
      const articleIds = [...new Set(later.map((r) => r.id))].slice(0, MAX_CANDIDATES);
      const stored = await loadArticles(sql, articleIds);
      const keysOfArticle = groupKeys(later.map((r) => [r.id, r.key]));
      for (const goal of goals) {
        const keys = new Set(keysOfGoal.get(goal.id));
        const match = toMatchGoal(goal);
        for (const [articleId, article] of stored) {
          if (!(keysOfArticle.get(articleId) ?? []).some((k) => keys.has(k))) continue;
          linkingBench.pairs += 1;
          const found = matchEvidence(match, article);
          if (found) links.push({ goalId: goal.id, articleId, issueDate: article.issueDate, ...linkColumns(found) });
        }
      }
    }

    // Earlier stored goals that share a key with this issue's articles, the most recent first.
    const allArticleKeys = span?.first && span.first < issueDate ? [...new Set(articleKeyRows.map((r) => r.key))] : [];
    if (allArticleKeys.length) {
      const earlier = await readKeyRanges<{ id: number; key: string; issueDate: string }>(sql, "earlier", allArticleKeys, issueDate);
      linkingBench.keyReads += allArticleKeys.length;
      const goalIds = [...new Set(earlier.map((r) => r.id))].slice(0, MAX_CANDIDATES);
      const keysOfGoalEarlier = groupKeys(earlier.map((r) => [r.id, r.key]));
      const earlierGoals = goalIds.length
        ? await sql.all<StoredGoal>(`SELECT ${GOAL_COLUMNS} FROM ${GOAL_FROM} WHERE g."id" IN (${placeholders(goalIds)})`, goalIds)
        : [];
      for (const goal of earlierGoals) {
        const keys = new Set(keysOfGoalEarlier.get(goal.id));
        const match = toMatchGoal(goal);
        for (const [articleId, article] of evidence) {
          if (!article.keys.some((k) => keys.has(k))) continue;
          linkingBench.pairs += 1;
          const found = matchEvidence(match, article);
          if (found) links.push({ goalId: goal.id, articleId, issueDate, ...linkColumns(found) });
        }
      }
    }
    await sql.insert("GoalEvidence", links);
    for (const link of links) touched.add(link.goalId); // goals without links keep their empty summary
  }
  // Editors' word on links of this issue, either side. Rare, so a plain check comes first: the decisions' own read goes
  // through Prisma's query engine, which cost more per issue than the rest of this function's reads together. The
  // check is looser than that read (any case, any part of the fields), never stricter, so no decision is skipped.
  const [decided] = await sql.all(
    `SELECT 1 AS "found" FROM "ReviewDecision" WHERE "kind" = 'evidence' AND ("issueHash" = ? OR LOWER("fields") LIKE ?) LIMIT 1`,
    [issue.contentHash, `%${issue.contentHash.toLowerCase()}%`],
  );
  if (decided) for (const goalId of await applyEvidenceDecisions(tx, issue.contentHash)) touched.add(goalId);
  await refreshEvidenceState(sql, [...touched]);
}

// Candidates through a name, campaign or series come before those through an object's trigram ("o:…", a looser key):
// when more than MAX_CANDIDATES share keys, the looser ones are the ones left out.
const byKeyKind = (a: string, b: string) => Number(a.startsWith("o:")) - Number(b.startsWith("o:"));

// The candidate rows of an issue's keys: per key, the PER_KEY rows nearest in time on one side of the issue (articles
// after it from ArticleKey, goals before it from GoalKey), each one bounded range of the index (key, issueDate, id).
// The ranges go to SQLite as a few UNION ALL statements instead of one statement per key: KEYS_PER_STATEMENT keys
// each, the rest as statements of 64, 32, … 1 keys (2 parameters a key, far below SQLite's 999), so the statement
// cache holds at most eight shapes per side whatever the key count. The rows come back ordered as the candidates are
// chosen: name, campaign and series keys before trigrams, then nearest in time, then by the keys' order, then as the
// index holds ties (ids ascending after the issue, descending before it).
const KEYS_PER_STATEMENT = 128;

const KEY_RANGE = {
  later: { table: "ArticleKey", id: "articleId", where: `"issueDate" > ?`, order: `"issueDate", "articleId"`, sign: 1 },
  earlier: { table: "GoalKey", id: "goalId", where: `"issueDate" < ?`, order: `"issueDate" DESC, "goalId" DESC`, sign: -1 },
} as const;

async function readKeyRanges<R extends { id: number; key: string; issueDate: string }>(
  sql: SqlRunner,
  side: keyof typeof KEY_RANGE,
  keys: readonly string[],
  issueDate: string,
): Promise<R[]> {
  const range = KEY_RANGE[side];
  const branch = (n: number) =>
    `SELECT * FROM (SELECT "${range.id}" AS "id", "key", "issueDate" FROM "${range.table}" WHERE "key" = ? AND ${range.where} ORDER BY ${range.order} LIMIT ${PER_KEY}) AS "k${n}"`;
  const rows: R[] = [];
  for (let from = 0; from < keys.length; ) {
    const left = keys.length - from;
    const size = left >= KEYS_PER_STATEMENT ? KEYS_PER_STATEMENT : 2 ** Math.floor(Math.log2(left));
    const chunk = keys.slice(from, from + size);
    const statement = Array.from({ length: size }, (_, n) => branch(n)).join(" UNION ALL ");
    rows.push(...(await sql.all<R>(statement, chunk.flatMap((key) => [key, issueDate]))));
    from += size;
  }
  const position = new Map(keys.map((key, i) => [key, i]));
  return rows.sort(
    (a, b) =>
      byKeyKind(a.key, b.key) ||
      range.sign * a.issueDate.localeCompare(b.issueDate) ||
      position.get(a.key)! - position.get(b.key)! ||
      range.sign * (a.id - b.id),
  );
}

function groupKeys(rows: [number, string][]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const [id, key] of rows) out.set(id, [...(out.get(id) ?? []), key]);
  return out;
}

async function loadArticles(sql: SqlRunner, ids: number[]): Promise<Map<number, EvidenceArticle>> {
  if (ids.length === 0) return new Map();
  const list = placeholders(ids);
  const articles = await sql.all<{ id: number; title: string; text: string; issueDate: string }>(
    `SELECT a."id", a."title", a."text", i."date" AS "issueDate" FROM "Article" a JOIN "Issue" i ON i."id" = a."issueId" WHERE a."id" IN (${list})`,
    ids,
  );
  const indicators = await sql.all<EvidenceIndicator & { articleId: number; campaign: string | null }>(
    `SELECT n."articleId", n."start", n."end", n."text", n."value", n."unit", n."metric", n."seriesKey", c."name" AS "campaign"
     FROM "Indicator" n LEFT JOIN "Campaign" c ON c."id" = n."campaignId" WHERE n."articleId" IN (${list}) AND n."review" <> 'rejected'`,
    ids,
  );
  const campaigns = await sql.all<{ articleId: number; name: string }>(
    `SELECT DISTINCT m."articleId", c."name" FROM "CampaignMention" m JOIN "Campaign" c ON c."id" = m."campaignId" WHERE m."articleId" IN (${list})`,
    ids,
  );
  const out = new Map<number, EvidenceArticle>();
  for (const a of articles) out.set(a.id, { title: a.title, text: a.text, issueDate: a.issueDate, indicators: [], campaigns: [] });
  for (const i of indicators) (out.get(i.articleId)!.indicators as EvidenceIndicator[]).push(i);
  for (const c of campaigns) (out.get(c.articleId)!.campaigns as string[]).push(c.name);
  return out;
}
