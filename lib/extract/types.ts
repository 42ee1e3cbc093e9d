// Shapes produced by the extraction stage. Every item carries a half-open span [start, end) into the article text.

export type Span = { start: number; end: number };

export type Approx = "exact" | "about" | "over" | "under" | "range";
export type IndicatorRole = "actual" | "target" | "baseline";
// Levels are facts of the gazetteer; re-exported here for the extractors' callers.
import type { AnyPlaceLevel, DepartmentLevel, PlaceLevel } from "@/lib/gazetteer/types";
export type { AnyPlaceLevel, DepartmentLevel, PlaceLevel };
import type { TextUnits } from "@/lib/text/sentences";
import type { Rejection } from "./context";

export type ExtractedIndicator = Span & {
  text: string; // as written: 近300户, 97.8万人次
  value: number;
  valueMax?: number;
  unit: string;
  approx: Approx;
  approxWord?: string; // the word the paper used: 近, 余, 多, 超 …
  metric?: string;
  role: IndicatorRole;
  period?: "day" | "week" | "month" | "year" | "person" | "household"; // person, household: 每人, 每户 rates
  asOf?: string; // YYYY-MM-DD when the year is known, else MM-DD, or free text
  sentence: Span; // the sentence the number stands in, for drill-down
  township?: string; // gazetteer name of the township-level unit
  department?: string; // department short name (gazetteer key)
  campaign?: string; // canonical campaign name
  headline?: true; // given by the headline only (issue #10 §4): its span and sentence are empty at 0
  seriesKey?: string; // metric | subject | unit family: the same measure across issues (lib/extract/series-key.ts)
  core?: boolean; // a tracked quantity (households, tonnes, money, rates…), not an incidental one (ages, one person's count)
};

export type ExtractedProgress = Span & {
  text: string;
  from: number;
  to: number;
  unit: string;
  metric?: string;
};

export type GoalKind = "target" | "task" | "requirement";
export type GoalBound = "min" | "max" | "exact";

export type ExtractedGoal = Span & {
  text: string;
  verb: string; // 确保 | 力争 | 争取 | 目标 | 计划 | 要…完成 | slogan | a task verb (加快, 筹建 …)
  kind: GoalKind;
  targetValue?: number;
  targetUnit?: string;
  targetBound?: GoalBound; // 不得低于/至少/不少于 → min, 不超过/控制在…以内 → max, 达到/确保 X → exact
  deadline?: string; // 今年 | 年内 | 下月 | 按时按期 | 2022年底 …
  deadlineDate?: string; // ISO YYYY-MM-DD, resolved against the issue date (ExtractContext.issueDate)
  subject?: string; // the project/campaign/place/metric the goal is about (征收项目, 省级旅游度假区, 签约率)
  campaign?: string;
  township?: string;
  department?: string;
};

export type ExtractedCampaign = Span & {
  name: string; // canonical
  key: string; // merge key
  kind?: "drive" | "competition" | "reform" | "project" | "zone";
  text: string; // as written
  township?: string;
  department?: string;
};

export type ExtractedPlace = Span & {
  name: string; // gazetteer name
  level: PlaceLevel;
  township?: string; // township-level unit it belongs to (itself for a township)
  candidates?: string[]; // a name two townships share, not resolved by the sentence or the article: both units
  text: string;
};

// A place elsewhere in China: never linked to one of the county's units.
export type ExtractedOutsidePlace = Span & {
  name: string; // as written: 上虞区, 驿亭镇, 五夫村
  level: AnyPlaceLevel;
  outside: true;
  county: string | null; // its county where the data or the text resolves it (a county's is itself)
  text: string;
};

export type ExtractedDepartment = Span & {
  name: string; // the county's bodies: short name key (区发改局, 石梁镇党委); others: the name as written (上虞区政府)
  canonical: string; // 柯城区发展和改革局
  text: string;
  // district: the configured county's own; county: another county's; township/village: of the place named.
  level?: DepartmentLevel;
  place?: string; // the place the body belongs to: 石梁镇, 上虞区, 衢州市, 浙江省
  township?: string; // the county's township-level unit, for a township's or village's body (石梁镇党委 → 石梁镇)
  outside?: true; // a body of another place (上虞区政府): never mapped to the county's
};

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
  units?: TextUnits; // the article's sentences and clauses, computed once (lib/text/sentences.ts)
  trace?: Rejection[]; // when given, every rule records the candidates it drops (extract --explain)
};
