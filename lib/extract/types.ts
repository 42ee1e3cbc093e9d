// Shapes produced by the extraction stage, inferred from their one definition (lib/extract/item-schema.ts). Every item
// carries a half-open span [start, end) into the article text.
import type { z } from "zod";
import type {
  ZApproxSchema,
  ZExtractedCampaignSchema,
  ZExtractedDepartmentSchema,
  ZExtractedGoalSchema,
  ZExtractedIndicatorSchema,
  ZExtractedOutsidePlaceSchema,
  ZExtractedPlaceSchema,
  ZExtractedProgressSchema,
  ZGoalBoundSchema,
  ZGoalKindSchema,
  ZIndicatorRoleSchema,
  ZSpanSchema,
} from "./item-schema";

export type Span = z.infer<typeof ZSpanSchema>;

export type Approx = z.infer<typeof ZApproxSchema>;
export type IndicatorRole = z.infer<typeof ZIndicatorRoleSchema>;
// Levels are facts of the gazetteer; re-exported here for the extractors' callers.
import type { AnyPlaceLevel, DepartmentLevel, PlaceLevel } from "@/lib/gazetteer/types";
export type { AnyPlaceLevel, DepartmentLevel, PlaceLevel };
import type { TextUnits } from "@/lib/text/sentences";
import type { Rejection } from "./context";

export type ExtractedIndicator = z.infer<typeof ZExtractedIndicatorSchema>;
export type ExtractedProgress = z.infer<typeof ZExtractedProgressSchema>;

export type GoalKind = z.infer<typeof ZGoalKindSchema>;
export type GoalBound = z.infer<typeof ZGoalBoundSchema>;
export type ExtractedGoal = z.infer<typeof ZExtractedGoalSchema>;

export type ExtractedCampaign = z.infer<typeof ZExtractedCampaignSchema>;
export type ExtractedPlace = z.infer<typeof ZExtractedPlaceSchema>;
// A place elsewhere in China: never linked to one of the county's units.
export type ExtractedOutsidePlace = z.infer<typeof ZExtractedOutsidePlaceSchema>;
export type ExtractedDepartment = z.infer<typeof ZExtractedDepartmentSchema>;

export type ArticleExtraction = {
  indicators: ExtractedIndicator[];
  progress: ExtractedProgress[];
  goals: ExtractedGoal[];
  campaigns: ExtractedCampaign[];
  places: ExtractedPlace[];
  departments: ExtractedDepartment[];
  // Named but not the county's: places elsewhere, and bodies of other places or above the county (国务院, 省委, 市委).
  // Reported, never stored as the county's places and departments nor linked to items.
  otherPlaces?: ExtractedOutsidePlace[];
  otherDepartments?: ExtractedDepartment[];
};

export type ExtractContext = {
  issueYear?: number; // to complete month-day dates such as 截至11月15日22时
  issueDate?: string; // ISO; resolves goal deadlines (下月 → last day of next month)
  title?: string; // headlines help decide the township of an article
  kicker?: string; // read like the title for article-level links
  subtitle?: string;
  interviewee?: string; // 区发改局党组书记、局长 任文俊: the department or township an interview article speaks for
  byline?: string; // 发布日期:2021-06-22 来源:双街镇政府: a source line may name the body that published the article
  captions?: readonly string[]; // image captions kept out of the text: they may name other places (△三都镇三江口村)
  units?: TextUnits; // the article's sentences and clauses, computed once (lib/text/sentences.ts)
  trace?: Rejection[]; // when given, every rule records the candidates it drops (extract --explain)
};
