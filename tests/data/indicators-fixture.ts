// A small hand-built database for the data-layer tests: real article texts from the seeds, and indicators, goals and
// mentions placed by searching their text, so each test knows exactly which rows should come back.
// It does not depend on the extractor: the pages' queries are tested against rows whose truth we wrote down.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { refreshIssueStats } from "../../lib/db/issue-stats";
import { refreshIndicatorSearch } from "../../lib/db/indicator-search";
import { migrateSqlite } from "../../lib/db/migrate";
import { sqlRunner } from "../../lib/db/sql-runner";
import type { PrismaClient } from "../../lib/generated/prisma/client";

const SEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../seeds");

// Lines [from, to] (1-based) of a seed; a line without closing punctuation continues on the next one (page breaks).
export function seedText(file: string, from: number, to: number): string {
  const lines = readFileSync(path.join(SEEDS, file), "utf8").split(/\r?\n/).slice(from - 1, to).map((l) => l.trim()).filter(Boolean);
  let text = "";
  for (const line of lines) {
    if (text === "") text = line;
    else text += /[。！？”…）」]$/.test(text) ? `\n${line}` : line;
  }
  return text;
}

export type FixtureIssue = { key: string; fileName: string; date: string | null; number: number | null };
export type FixtureArticle = { key: string; issue: string; position: number; title: string; text: string };
export type FixtureIndicator = {
  article: string;
  text: string; // the number as written
  near?: string; // a phrase in the same sentence that picks the right occurrence
  value: number;
  unit: string;
  approx?: string;
  metric?: string;
  role?: string;
  township?: string;
  department?: string;
  campaign?: string;
  review?: string;
};

export const ISSUES: FixtureIssue[] = [
  { key: "i000", fileName: "000_fb4c6968b8fc0955.txt", date: "2021-11-16", number: null },
  { key: "i001", fileName: "001_f3ebb2c24e7ad66b.txt", date: "2022-04-13", number: 1937 },
  { key: "i002", fileName: "002_733030cbff99bc12.txt", date: "2022-05-25", number: 1953 },
  { key: "i003", fileName: "003_9948b18cc7536563.txt", date: null, number: null },
];

export const ARTICLES: FixtureArticle[] = [
  {
    key: "survey",
    issue: "i000",
    position: 0,
    title: "入户调查完成100% 黄家片区下刘、四都刘村房屋征收首战告捷",
    text: seedText("000_fb4c6968b8fc0955.txt", 35, 43),
  },
  {
    key: "mobilise",
    issue: "i001",
    position: 0,
    title: "打好打赢今年征收“第一仗” 我区召开城北片区宫宝宿舍地块 国有土地上房屋征收动员会",
    text: seedText("001_f3ebb2c24e7ad66b.txt", 65, 73),
  },
  {
    key: "zaotian",
    issue: "i001",
    position: 1,
    title: "早田公司每天30吨蔬菜保供上海",
    // The print columns were read out of order: the lead paragraph (lines 91-93) continues at line 79.
    text: seedText("001_f3ebb2c24e7ad66b.txt", 91, 93) + seedText("001_f3ebb2c24e7ad66b.txt", 79, 87),
  },
  {
    key: "arena",
    issue: "i002",
    position: 0,
    title: "擂台赛",
    text: seedText("002_733030cbff99bc12.txt", 25, 43),
  },
  {
    key: "community",
    issue: "i002",
    position: 1,
    title: "双港街道融合型大社区治理有了“总管家”",
    text: seedText("002_733030cbff99bc12.txt", 56, 68),
  },
  {
    key: "fagai",
    issue: "i003",
    position: 0,
    title: "抢抓政策机遇 助推项目建设",
    text: seedText("003_9948b18cc7536563.txt", 17, 23),
  },
];

export const INDICATORS: FixtureIndicator[] = [
  { article: "survey", text: "100%", near: "入户调查完成率", value: 100, unit: "%", metric: "入户调查完成率" },
  { article: "survey", text: "15天", near: "仅用15天", value: 15, unit: "天", metric: "用时" },
  { article: "survey", text: "近300户", near: "房屋登记", value: 300, unit: "户", approx: "about", metric: "房屋登记" },
  { article: "survey", text: "230余幢", value: 230, unit: "幢", approx: "over", metric: "集体土地上房屋", township: "黄家街道" },
  { article: "survey", text: "近300户", near: "被征收户", value: 300, unit: "户", approx: "about", metric: "被征收户", township: "黄家街道" },
  { article: "survey", text: "近8万平方米", value: 80000, unit: "平方米", approx: "about", metric: "征收总建筑面积", township: "黄家街道" },
  { article: "zaotian", text: "30吨", near: "日供新鲜蔬菜", value: 30, unit: "吨", metric: "日供新鲜蔬菜", township: "石梁镇", campaign: "保供上海" },
  { article: "zaotian", text: "5000余户", near: "上海居民的生活需求", value: 5000, unit: "户", approx: "over", township: "石梁镇", campaign: "保供上海" },
  { article: "zaotian", text: "70余名", value: 70, unit: "名", approx: "over", metric: "员工", township: "石梁镇" },
  { article: "zaotian", text: "7500斤", value: 7500, unit: "斤", metric: "首批捐赠新鲜蔬菜", township: "石梁镇" },
  { article: "zaotian", text: "1220户", value: 1220, unit: "户", metric: "困难家庭", township: "石梁镇", department: "区经信局" },
  { article: "zaotian", text: "20万元", value: 200000, unit: "元", metric: "捐赠防护服、口罩、矿泉水价值", review: "rejected" },
  { article: "arena", text: "18个", value: 18, unit: "个", metric: "乡镇、街道" },
  { article: "arena", text: "29次", value: 29, unit: "次", metric: "村社比拼", campaign: "擂台赛" },
  { article: "fagai", text: "26县", value: 26, unit: "县", role: "target", department: "区发改局" },
];

// Enough extra rows to need two pages of 50: every Arabic number with a Han unit in four of the articles.
export function bulkIndicators(): FixtureIndicator[] {
  const rows: FixtureIndicator[] = [];
  for (const key of ["arena", "mobilise", "survey", "zaotian", "community"]) {
    const text = ARTICLES.find((a) => a.key === key)!.text;
    for (const match of text.matchAll(/(\d+(?:\.\d+)?)([\p{Script=Han}])/gu)) {
      rows.push({ article: key, text: match[0], near: undefined, value: Number(match[1]), unit: match[2], metric: "批量", department: key === "mobilise" ? "区发改局" : undefined });
    }
  }
  return rows;
}

export type FixtureMention = { article: string; kind: "place" | "department" | "campaign" | "goal"; text: string; name: string; nth?: number };

// Mentions for the article page: places, a department, a campaign and a goal, one of them overlapping an indicator.
export const MENTIONS: FixtureMention[] = [
  { article: "survey", kind: "place", text: "石室乡", name: "石室乡" },
  { article: "survey", kind: "place", text: "华墅乡", name: "华墅乡" },
  { article: "survey", kind: "place", text: "黄家街道", name: "黄家街道" },
  { article: "survey", kind: "place", text: "白云街道", name: "白云街道" },
  { article: "survey", kind: "goal", text: "计划下月启动房屋征收签约工作", name: "计划" },
  { article: "zaotian", kind: "place", text: "石梁镇", name: "石梁镇" },
  { article: "zaotian", kind: "place", text: "石梁镇", name: "石梁镇", nth: 2 },
  { article: "zaotian", kind: "place", text: "梅山村", name: "梅山村" },
  { article: "zaotian", kind: "department", text: "柯城区经信局", name: "区经信局" },
  { article: "zaotian", kind: "campaign", text: "日供新鲜蔬菜30吨", name: "保供上海" },
];

function nthIndex(text: string, needle: string, nth: number): number {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) return -1;
  }
  return at;
}

function sentenceAround(text: string, index: number): { start: number; end: number } {
  const stops = /[。！？\n]/g;
  let start = 0;
  for (let i = index - 1; i >= 0; i--) {
    if (/[。！？\n]/.test(text[i])) {
      start = i + 1;
      break;
    }
  }
  stops.lastIndex = index;
  const next = stops.exec(text);
  return { start, end: next ? next.index + 1 : text.length };
}

export type SeededIndicator = FixtureIndicator & {
  id: number;
  articleId: number;
  issueDate: string | null;
  start: number;
  end: number;
  sentence: string;
};

export type Fixture = {
  dir: string;
  file: string;
  articleIds: Record<string, number>;
  indicators: SeededIndicator[];
  cleanup: () => Promise<void>;
};

// Creates the temp database, points DATABASE_URL at it and fills it. Call before the first getDb().
export async function createFixtureDb(getDb: () => PrismaClient, options: { bulk?: boolean } = {}): Promise<Fixture> {
  const dir = mkdtempSync(path.join(tmpdir(), "zhibiao-data-"));
  const file = path.join(dir, "test.db");
  migrateSqlite(file);
  process.env.DATABASE_URL = `file:${file}`;
  const db = getDb();

  const issueIds: Record<string, number> = {};
  for (const issue of ISSUES) {
    const row = await db.issue.create({
      data: {
        contentHash: `fixture-${issue.key}`,
        fileName: issue.fileName,
        encoding: "utf-8",
        byteSize: 1,
        rawText: "",
        date: issue.date,
        dateSource: issue.date ? (issue.number ? "masthead" : "inferred") : null,
        number: issue.number,
      },
    });
    issueIds[issue.key] = row.id;
  }
  const articleIds: Record<string, number> = {};
  for (const article of ARTICLES) {
    const row = await db.article.create({
      data: { issueId: issueIds[article.issue], position: article.position, kind: "news", title: article.title, text: article.text },
    });
    articleIds[article.key] = row.id;
    await db.$executeRaw`INSERT INTO "ArticleSearch" (rowid, "title", "body") VALUES (${row.id}, ${article.title}, ${article.text})`;
  }

  const all = [...INDICATORS, ...(options.bulk ? bulkIndicators() : [])];
  const placeIds = new Map<string, number>();
  const departmentIds = new Map<string, number>();
  const campaignIds = new Map<string, number>();
  const indicators: SeededIndicator[] = [];
  for (const item of all) {
    const article = ARTICLES.find((a) => a.key === item.article)!;
    const issue = ISSUES.find((i) => i.key === article.issue)!;
    const from = item.near ? article.text.indexOf(item.near) : 0;
    if (from === -1) throw new Error(`fixture: "${item.near}" not in ${item.article}`);
    // The occurrence nearest to the phrase, searching its sentence first.
    const sentence = sentenceAround(article.text, from);
    let start = article.text.indexOf(item.text, sentence.start);
    if (start === -1 || start >= sentence.end) start = article.text.indexOf(item.text);
    if (start === -1) throw new Error(`fixture: "${item.text}" not in ${item.article}`);
    const end = start + item.text.length;
    const own = sentenceAround(article.text, start);
    const townshipId = item.township ? await upsert(placeIds, item.township, () => db.place.create({ data: { name: item.township!, level: "township" } })) : null;
    const departmentId = item.department
      ? await upsert(departmentIds, item.department, () => db.department.create({ data: { name: item.department!, canonical: item.department! } }))
      : null;
    const campaignId = item.campaign
      ? await upsert(campaignIds, item.campaign, () => db.campaign.create({ data: { name: item.campaign!, key: item.campaign! } }))
      : null;
    const row = await db.indicator.create({
      data: {
        articleId: articleIds[item.article],
        text: item.text,
        value: item.value,
        unit: item.unit,
        approx: item.approx ?? "exact",
        metric: item.metric ?? null,
        role: item.role ?? "actual",
        start,
        end,
        sentenceStart: own.start,
        sentenceEnd: own.end,
        townshipId,
        departmentId,
        campaignId,
        issueDate: issue.date,
        review: item.review ?? "machine",
      },
    });
    indicators.push({
      ...item,
      id: row.id,
      articleId: articleIds[item.article],
      issueDate: issue.date,
      start,
      end,
      sentence: article.text.slice(own.start, own.end).trim(),
    });
  }

  // What ingestion does after storing an issue's numbers: the character index of short queries (lib/db/indicator-search.ts).
  await refreshIndicatorSearch(sqlRunner(db, db), Object.values(issueIds));

  for (const mention of MENTIONS) {
    const article = ARTICLES.find((a) => a.key === mention.article)!;
    const issue = ISSUES.find((i) => i.key === article.issue)!;
    const start = nthIndex(article.text, mention.text, mention.nth ?? 1);
    if (start === -1) throw new Error(`fixture: "${mention.text}" not in ${mention.article}`);
    const span = { articleId: articleIds[mention.article], text: mention.text, start, end: start + mention.text.length, issueDate: issue.date };
    if (mention.kind === "place") {
      const placeId = await upsert(placeIds, mention.name, () =>
        db.place.create({ data: { name: mention.name, level: mention.name.endsWith("村") ? "village" : "township" } }),
      );
      await db.placeMention.create({ data: { ...span, placeId } });
    } else if (mention.kind === "department") {
      const departmentId = await upsert(departmentIds, mention.name, () => db.department.create({ data: { name: mention.name, canonical: mention.name } }));
      await db.departmentMention.create({ data: { ...span, departmentId } });
    } else if (mention.kind === "campaign") {
      const campaignId = await upsert(campaignIds, mention.name, () => db.campaign.create({ data: { name: mention.name, key: mention.name } }));
      await db.campaignMention.create({ data: { ...span, campaignId } });
    } else {
      await db.goal.create({ data: { ...span, verb: mention.name, deadline: "下月" } });
    }
  }

  // The per-issue counts the store step keeps (the explorer's unfiltered total is their sum).
  for (const issueId of Object.values(issueIds)) await refreshIssueStats(sqlRunner(db, db), issueId);

  return {
    dir,
    file,
    articleIds,
    indicators,
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function upsert(cache: Map<string, number>, name: string, create: () => Promise<{ id: number }>): Promise<number> {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const row = await create();
  cache.set(name, row.id);
  return row.id;
}
