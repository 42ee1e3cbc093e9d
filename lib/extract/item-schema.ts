import { z } from "zod";
import type { AnyPlaceLevel, DepartmentLevel, PlaceLevel } from "../gazetteer/types";

// The one definition of an extracted item. The TypeScript types (lib/extract/types.ts), the published JSON contract
// (lib/validations/extract-output.ts → `npm run extract -- --json`) and the database rows (lib/ingest/item-rows.ts,
// checked against prisma/schema.prisma by tests/ingest/item-rows.test.ts) are all derived from these schemas: a field
// is added here once, and the compiler or that test names every place that must say what becomes of it.
// Every item carries a half-open span [start, end) into the article text.

export const ZSpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const ZApproxSchema = z.enum(["exact", "about", "over", "under", "range"]);
export const ZIndicatorRoleSchema = z.enum(["actual", "target", "baseline"]);
// person, household: 每人, 每户 rates
export const ZIndicatorPeriodSchema = z.enum(["day", "week", "month", "year", "person", "household"]);
export const ZGoalKindSchema = z.enum(["target", "task", "requirement"]);
export const ZGoalBoundSchema = z.enum(["min", "max", "exact"]);
export const ZCampaignKindSchema = z.enum(["drive", "competition", "reform", "project", "zone"]);

// Levels are facts of the gazetteer (lib/gazetteer/types.ts): `satisfies` keeps these lists within its types, and an
// extractor producing a level the lists lack fails to compile where it builds the item.
const PLACE_LEVELS = ["township", "village", "community", "area"] as const satisfies readonly PlaceLevel[];
const ANY_PLACE_LEVELS = [...PLACE_LEVELS, "county", "city", "province"] as const satisfies readonly AnyPlaceLevel[];
const DEPARTMENT_LEVELS = ["national", "province", "city", "district", "county", "township", "village"] as const satisfies readonly DepartmentLevel[];
export const ZPlaceLevelSchema = z.enum(PLACE_LEVELS);
export const ZAnyPlaceLevelSchema = z.enum(ANY_PLACE_LEVELS);
export const ZDepartmentLevelSchema = z.enum(DEPARTMENT_LEVELS);

export const ZExtractedIndicatorSchema = ZSpanSchema.extend({
  text: z.string(), // as written: 近300户, 97.8万人次
  value: z.number(),
  valueMax: z.number().optional(),
  unit: z.string(),
  approx: ZApproxSchema,
  approxWord: z.string().optional(), // the word the paper used: 近, 余, 多, 超 …
  metric: z.string().optional(),
  role: ZIndicatorRoleSchema,
  period: ZIndicatorPeriodSchema.optional(),
  asOf: z.string().optional(), // YYYY-MM-DD when the year is known, else MM-DD, or free text
  sentence: ZSpanSchema, // the sentence the number stands in, for drill-down
  township: z.string().optional(), // gazetteer name of the township-level unit
  department: z.string().optional(), // department short name (gazetteer key)
  campaign: z.string().optional(), // canonical campaign name
  headline: z.literal(true).optional(), // given by the headline only (issue #10 §4): its span and sentence are empty at 0
  seriesKey: z.string().optional(), // metric | subject | unit family: the same measure across issues (lib/extract/series-key.ts)
  core: z.boolean().optional(), // a tracked quantity (households, tonnes, money, rates…), not an incidental one (ages, one person's count)
});

export const ZExtractedProgressSchema = ZSpanSchema.extend({
  text: z.string(),
  from: z.number(),
  to: z.number(),
  unit: z.string(),
  metric: z.string().optional(),
});

export const ZExtractedGoalSchema = ZSpanSchema.extend({
  text: z.string(),
  verb: z.string(), // 确保 | 力争 | 争取 | 目标 | 计划 | 要…完成 | slogan | a task verb (加快, 筹建 …)
  kind: ZGoalKindSchema,
  targetValue: z.number().optional(),
  targetUnit: z.string().optional(),
  targetBound: ZGoalBoundSchema.optional(), // 不得低于/至少/不少于 → min, 不超过/控制在…以内 → max, 达到/确保 X → exact
  deadline: z.string().optional(), // 今年 | 年内 | 下月 | 按时按期 | 2022年底 …
  // ISO YYYY-MM-DD, resolved against the issue date (ExtractContext.issueDate). A plain pattern: tests/extract/redos.test.ts
  // proves every regex lib/extract builds linear, and this one is trivially so (zod's ISO date pattern is long).
  deadlineDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  subject: z.string().optional(), // the project/campaign/place/metric the goal is about (征收项目, 省级旅游度假区, 签约率)
  campaign: z.string().optional(),
  township: z.string().optional(),
  department: z.string().optional(),
});

export const ZExtractedCampaignSchema = ZSpanSchema.extend({
  name: z.string(), // canonical
  key: z.string(), // merge key
  kind: ZCampaignKindSchema.optional(),
  text: z.string(), // as written
  township: z.string().optional(),
  department: z.string().optional(),
  headline: z.literal(true).optional(), // named by the headline only: its span is empty at 0, `text` is the headline's
});

export const ZExtractedPlaceSchema = ZSpanSchema.extend({
  name: z.string(), // gazetteer name
  level: ZPlaceLevelSchema,
  township: z.string().optional(), // township-level unit it belongs to (itself for a township)
  candidates: z.array(z.string()).optional(), // a name two townships share, not resolved by the sentence or the article: both units
  text: z.string(),
});

// A place elsewhere in China: never linked to one of the county's units.
export const ZExtractedOutsidePlaceSchema = ZSpanSchema.extend({
  name: z.string(), // as written: 上虞区, 驿亭镇, 五夫村
  level: ZAnyPlaceLevelSchema,
  outside: z.literal(true),
  county: z.string().nullable(), // its county where the data or the text resolves it (a county's is itself)
  text: z.string(),
  headline: z.literal(true).optional(), // named only by the headline stack or the source line: its span is empty at 0
});

export const ZExtractedDepartmentSchema = ZSpanSchema.extend({
  name: z.string(), // the county's bodies: short name key (区发改局, 石梁镇党委); others: the name as written (上虞区政府)
  canonical: z.string(), // 柯城区发展和改革局
  text: z.string(),
  // district: the configured county's own; county: another county's; township/village: of the place named.
  level: ZDepartmentLevelSchema.optional(),
  place: z.string().optional(), // the place the body belongs to: 石梁镇, 上虞区, 衢州市, 浙江省
  township: z.string().optional(), // the county's township-level unit, for a township's or village's body (石梁镇党委 → 石梁镇)
  outside: z.literal(true).optional(), // a body of another place (上虞区政府): never mapped to the county's
  headline: z.literal(true).optional(), // named only by the headline stack or the source line: its span is empty at 0
});
