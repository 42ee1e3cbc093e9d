// Shapes produced by the extraction stage. Every item carries a half-open span [start, end) into the article text.

export type Span = { start: number; end: number };

export type Approx = "exact" | "about" | "over" | "under" | "range";
export type IndicatorRole = "actual" | "target" | "baseline";
export type PlaceLevel = "township" | "village" | "community" | "area";
export type DepartmentLevel = "district" | "city" | "province";

export type ExtractedIndicator = Span & {
  text: string; // as written: 近300户, 97.8万人次
  value: number;
  valueMax?: number;
  unit: string;
  approx: Approx;
  approxWord?: string; // the word the paper used: 近, 余, 多, 超 …
  metric?: string;
  role: IndicatorRole;
  period?: "day" | "week" | "month" | "year";
  asOf?: string; // YYYY-MM-DD when the year is known, else MM-DD, or free text
  sentence: Span; // the sentence the number stands in, for drill-down
  township?: string; // gazetteer name of the township-level unit
  department?: string; // department short name (gazetteer key)
  campaign?: string; // canonical campaign name
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
  text: string;
};

export type ExtractedDepartment = Span & {
  name: string; // short name key: 区发改局
  canonical: string; // 柯城区发展和改革局
  text: string;
  level?: DepartmentLevel; // district bodies vs city/province ones (市委, 省政府) the paper also names
};

export type ArticleExtraction = {
  indicators: ExtractedIndicator[];
  progress: ExtractedProgress[];
  goals: ExtractedGoal[];
  campaigns: ExtractedCampaign[];
  places: ExtractedPlace[];
  departments: ExtractedDepartment[];
};

export type ExtractContext = {
  issueYear?: number; // to complete month-day dates such as 截至11月15日22时
  issueDate?: string; // ISO; resolves goal deadlines (下月 → last day of next month)
  title?: string; // headlines help decide the township of an article
  kicker?: string; // read like the title for article-level links
  subtitle?: string;
  interviewee?: string; // 区发改局党组书记、局长 任文俊: the department or township an interview article speaks for
};
