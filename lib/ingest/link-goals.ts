// Linking at ingestion (issue #11 §3): the goals of a new issue meet the later material already stored, and its
// articles meet the earlier goals, so the links are the same whatever order issues arrive in.
//
// How it scales: nothing compares all goals with all sentences. Each goal is indexed under its keys (GoalKey: its
// strong subject tokens "t:下刘", its campaign "c:<name>", its series "s:<key>", its objects' trigrams "o:…"), each
// article under the keys it holds (ArticleKey: villages and named sites its report sentences name, its headline's and
// lead's trigrams, campaigns it mentions, series of its numbers). A goal and a later article are compared only when they
// share a key that admits the pair (`linkingLimits` below: few enough articles and goals with that key between them).
// Storing an issue reads, per distinct key of its articles, the admitted earlier goals (GoalKey primary key (key,
// issueDate, goalId)) and, per distinct key of its goals, the admitted later articles (ArticleKey (key, issueDate,
// articleId)); only those pairs go through the matcher (lib/track/link-evidence.ts). Each read is one bounded range
// of the index, so the cost per issue does not grow with the size of the archive.

import type { Prisma } from "../generated/prisma/client";
import type { SqlRunner } from "../db/sql-runner";
import { placeholders } from "../db/statement-chunks";
import { refreshEvidenceState } from "../db/goal-evidence-state";
import { applyEvidenceDecisions } from "../review/review-evidence";
import { matchEvidence, type EvidenceArticle, type EvidenceIndicator, type GoalForMatch } from "../track/link-evidence";
import type { SubjectTokens } from "../track/subject-tokens";
import { linkingLimits, type StandingMaterial } from "../track/candidate-rule";
import { articleForLinking, goalKeys } from "../track/track-keys";
import { admittedReads, pairCheck, type Side } from "./candidate-rule-sql";
import type { ProcessedIssue } from "./process-issue";


// What the bench (bench/measure-goals.ts) reads and sets: `enabled` off stores issues without linking, so the cost of
// linking is ingestion with it minus ingestion without it on the same corpus (nothing else turns it off); the counters
// show the work is bounded per issue (key range reads, goal–article pairs handed to the matcher) as the archive grows.
// `cpuMs` is linkIssue's own CPU time (process.cpuUsage around it: the probe stores on one thread, so nothing else
// runs meanwhile), a steadier measure of linking on a loaded machine than the off/on difference.
export const linkingBench = { enabled: true, issues: 0, keyReads: 0, pairs: 0, cpuMs: 0 };

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

type LinkIssueInput = { issue: ProcessedIssue; issueId: number; issueDate: string | null; articleIdByPosition: Map<number, number>; relink: number[] };

export async function linkIssue(sql: SqlRunner, tx: Prisma.TransactionClient, input: LinkIssueInput): Promise<void> {
  if (!linkingBench.enabled) return;
  const started = process.cpuUsage();
  try {
    await linkOneIssue(sql, tx, input);
  } finally {
    const used = process.cpuUsage(started);
    linkingBench.cpuMs += (used.user + used.system) / 1000;
  }
}

async function linkOneIssue(sql: SqlRunner, tx: Prisma.TransactionClient, input: LinkIssueInput): Promise<void> {
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
    await sql.insert("ArticleKey", byKey(articleKeyRows));

    // This issue's goals: keys, then the later stored articles that share one. In the order SQLite's articleId index
    // gives them, on PostgreSQL too (links are inserted in this order).
    const goals = await sql.all<StoredGoal & { articleId: number }>(
      `SELECT ${GOAL_COLUMNS}, g."articleId" FROM ${GOAL_FROM} WHERE g."articleId" IN (${placeholders([...articleIdByPosition.values()])}) ORDER BY g."articleId", g."id"`,
      [...articleIdByPosition.values()],
    );
    const goalKeyRows: { key: string; goalId: number; issueDate: string }[] = [];
    const keysOfGoal = new Map<number, string[]>();
    for (const goal of goals) {
      const keys = goalKeys({ ...goal, tokens: JSON.parse(goal.tokens) as SubjectTokens });
      keysOfGoal.set(goal.id, keys);
      for (const key of keys) goalKeyRows.push({ key, goalId: goal.id, issueDate });
    }
    await sql.insert("GoalKey", byKey(goalKeyRows));

    const links: LinkRow[] = [];
    // Issues mostly arrive in date order: when nothing stored is later (or earlier) than this issue, that direction has
    // no candidates and its per-key reads are skipped (one read of Issue's date index instead of one per key).
    const [span] = await sql.all<{ first: string | null; last: string | null }>(
      `SELECT (SELECT MIN("date") FROM "Issue" WHERE "date" IS NOT NULL) AS "first", (SELECT MAX("date") FROM "Issue") AS "last"`, // two index seeks
      [],
    );
    const hasLater = !!span?.last && span.last > issueDate;
    const hasEarlier = !!span?.first && span.first < issueDate;
    const goalKeyList = [...new Set(goalKeyRows.map((r) => r.key))];
    const articleKeyList = [...new Set(articleKeyRows.map((r) => r.key))];

    // This issue's goals against the later articles each of their keys admits (see `admitted` below).
    if (hasLater && goalKeyList.length) {
      const later = await readAdmitted(sql, "later", goalKeyList, issueDate);
      linkingBench.keyReads += goalKeyList.length;
      const articlesOfKey = groupBy(later, (r) => r.key, (r) => r.id);
      const stored = await loadArticles(sql, [...new Set(later.map((r) => r.id))]);
      for (const goal of goals) {
        const match = toMatchGoal(goal);
        const paired = new Set<number>();
        for (const key of keysOfGoal.get(goal.id)!) for (const articleId of articlesOfKey.get(key) ?? []) paired.add(articleId);
        for (const articleId of [...paired].sort((a, b) => a - b)) {
          const article = stored.get(articleId)!;
          linkingBench.pairs += 1;
          const found = matchEvidence(match, article);
          if (found) links.push({ goalId: goal.id, articleId, issueDate: article.issueDate, ...linkColumns(found) });
        }
      }
    }

    // This issue's articles against the earlier goals each of their keys admits.
    if (hasEarlier && articleKeyList.length) {
      const earlier = await readAdmitted(sql, "earlier", articleKeyList, issueDate);
      linkingBench.keyReads += articleKeyList.length;
      const goalsOfKey = new Map([...groupBy(earlier, (r) => r.key, (r) => r.id)].map(([key, ids]) => [key, new Set(ids)]));
      const goalIds = [...new Set(earlier.map((r) => r.id))].sort((a, b) => a - b);
      const earlierGoals = await readGoals(sql, goalIds);
      for (const goal of earlierGoals) {
        const match = toMatchGoal(goal);
        for (const [articleId, article] of evidence) {
          if (!article.keys.some((k) => goalsOfKey.get(k)?.has(goal.id))) continue;
          linkingBench.pairs += 1;
          const found = matchEvidence(match, article);
          if (found) links.push({ goalId: goal.id, articleId, issueDate, ...linkColumns(found) });
        }
      }
    }

    // An issue stored between a goal and a later article it was compared with adds to what stands between them: a
    // link whose every shared key no longer admits the pair goes, so a backlog stored out of order ends with the links
    // of the same issues stored in date order.
    if (hasLater && hasEarlier) for (const goalId of await dropCrowdedLinks(sql, [...new Set([...goalKeyList, ...articleKeyList])], issueDate)) touched.add(goalId);
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

// Which goal is compared with which article: the candidate rule of lib/track/candidate-rule.ts, read here from the
// stored set, never from the order it was stored in, so a backlog stored in any order gets the links of the same issues
// stored in date order. It is bounded on both sides: a goal meets at most that many articles per key (the first reports
// on its subject after it, plus those on the last one's date), an article at most that many goals per key (the latest
// goals on its subject before it, plus those of the earliest one's date). A subject that recurs in every issue thus
// costs the same per issue at 100 issues as at 100,000. Its SQL is lib/ingest/candidate-rule-sql.ts.
export { linkingLimits };

type KeyRow = { id: number; key: string; issueDate: string };

// Per key, the rows the rule admits on one side of an issue dated `issueDate`: goals before it or articles after it.
async function readAdmitted(sql: SqlRunner, side: Side, keys: readonly string[], issueDate: string): Promise<KeyRow[]> {
  const rows: KeyRow[] = [];
  for (const read of admittedReads(side, keys, issueDate, sql.dialect)) rows.push(...(await sql.all<KeyRow>(read.sql, read.params)));
  return rows;
}

// Links from before this issue to after it (a backlog stored out of order) that this issue's keys may now crowd out:
// only goals the rule admits before the issue through one of its keys can have such a link (the others were already
// too far from it). Each such link is checked against the rule over every key its goal and article share; links none
// of them admits any more are removed, except those an editor confirmed (their word outlives the candidate rule).
// Returns the goals that lost a link. Runs only when stored material lies on both sides of the issue.
async function dropCrowdedLinks(sql: SqlRunner, keys: readonly string[], issueDate: string): Promise<number[]> {
  const goalIds = [...new Set((await readAdmitted(sql, "earlier", keys, issueDate)).map((r) => r.id))];
  if (goalIds.length === 0) return [];
  const links = await sql.all<{ id: number; goalId: number; articleId: number; issueDate: string; goalDate: string }>(
    `SELECT e."id", e."goalId", e."articleId", e."issueDate", g."issueDate" AS "goalDate" FROM "GoalEvidence" e JOIN "Goal" g ON g."id" = e."goalId"
     WHERE e."goalId" IN (${placeholders(goalIds)}) AND e."issueDate" > ? AND e."review" <> 'confirmed'`,
    [...goalIds, issueDate],
  );
  if (links.length === 0) return [];
  const goalKeysOf = await keysOf(sql, "GoalKey", "goalId", [...new Set(links.map((l) => l.goalId))]);
  const articleKeysOf = await keysOf(sql, "ArticleKey", "articleId", [...new Set(links.map((l) => l.articleId))]);
  const dropped: typeof links = [];
  for (const link of links) {
    const articleKeys = articleKeysOf.get(link.articleId) ?? new Set<string>();
    let admitted = false;
    for (const key of goalKeysOf.get(link.goalId) ?? []) {
      if (!articleKeys.has(key)) continue;
      const check = pairCheck(key, link.goalDate, link.issueDate);
      const [between] = await sql.all<Record<StandingMaterial, number>>(check.sql, check.params);
      if (check.admits(between)) {
        admitted = true;
        break;
      }
    }
    if (!admitted) dropped.push(link);
  }
  if (dropped.length) await sql.run(`DELETE FROM "GoalEvidence" WHERE "id" IN (${placeholders(dropped)})`, dropped.map((l) => l.id));
  return [...new Set(dropped.map((l) => l.goalId))];
}

async function keysOf(sql: SqlRunner, table: "GoalKey" | "ArticleKey", column: "goalId" | "articleId", ids: number[]): Promise<Map<number, Set<string>>> {
  const rows = await sql.all<{ id: number; key: string }>(`SELECT "${column}" AS "id", "key" FROM "${table}" WHERE "${column}" IN (${placeholders(ids)})`, ids);
  const out = new Map<number, Set<string>>();
  for (const row of rows) out.set(row.id, (out.get(row.id) ?? new Set()).add(row.key));
  return out;
}

// Index rows in key order: each lands next to the one before it in the (key, issueDate, id) B-tree, so an issue's
// ~450 rows touch fewer pages in turn (the order of rows within the table means nothing to any read).
const byKey = <T extends { key: string }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

function groupBy<T, K, V>(rows: readonly T[], keyOf: (row: T) => K, valueOf: (row: T) => V): Map<K, V[]> {
  const out = new Map<K, V[]>();
  for (const row of rows) out.set(keyOf(row), [...(out.get(keyOf(row)) ?? []), valueOf(row)]);
  return out;
}

async function readGoals(sql: SqlRunner, ids: number[]): Promise<StoredGoal[]> {
  // In id order on both databases (PostgreSQL's hash joins return them in any order): links are inserted in the
  // order goals are read, and their ids should not depend on the database.
  return ids.length ? sql.all<StoredGoal>(`SELECT ${GOAL_COLUMNS} FROM ${GOAL_FROM} WHERE g."id" IN (${placeholders(ids)}) ORDER BY g."id"`, ids) : [];
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
