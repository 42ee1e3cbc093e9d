// Pure helpers shared by the overview, campaign, township, department and issue-detail reads:
// how an issue is named on a chart caption, where an extracted item links to, and how indicators become series.
// No "server-only" here: client charts import these types, and unit tests call the helpers directly.

export type ItemKind = "indicator" | "goal" | "campaign" | "place" | "department" | "evidence";

export type IssueRef = {
  id: number;
  date: string | null;
  number: number | null;
  fileName: string;
  label: string; // 2022-04-13 第1937期, or 2021-11-16（推断） when the issue has no masthead: never its file name
  paper?: string | null; // the paper its masthead names (今日柯城, 人民日报); absent or null: printed with no name
};

// dateSource (masthead | inferred | user) says how the date was found; reads that do not select it get the label of
// an issue without a number: the date marked 推断 unless the masthead or an editor gave it.
export type IssueRefInput = {
  id: number;
  date: string | null;
  number: number | null;
  fileName: string;
  dateSource?: string | null;
  paper?: string | null;
};

// A chart point or table row: one number with the sentence it came from.
export type SourcedPoint = {
  date: string | null;
  value: number;
  text: string; // as written (近300户) or a count label
  href: string; // drill-down: the sentence, or the issue for counts
  sourceLabel: string; // which issue (and article) it came from, shown in tooltips
};

export type ChartSeries = {
  key: string;
  label: string;
  unit: string;
  points: SourcedPoint[];
  sources: IssueRef[]; // the issues the series draws from: printed under its chart
};

export function issueLabel(issue: IssueRefInput): string {
  if (issue.date == null) return issue.number != null ? `日期未知 第${issue.number}期` : "日期未知";
  if (issue.number != null) return `${issue.date} 第${issue.number}期`;
  if (issue.dateSource === "masthead") return issue.date;
  if (issue.dateSource === "user") return `${issue.date}（编辑指定）`;
  return `${issue.date}（推断）`;
}

export function toIssueRef(issue: IssueRefInput): IssueRef {
  const ref: IssueRef = { id: issue.id, date: issue.date, number: issue.number, fileName: issue.fileName, label: issueLabel(issue) };
  return issue.paper ? { ...ref, paper: issue.paper } : ref;
}

// How a chart caption or a page names an issue: 《人民日报》2024-03-05 when its masthead named the paper, else the
// label alone (the app may hold issues of several papers: no paper name is assumed).
export function issueTitle(issue: { label: string; paper?: string | null }): string {
  return issue.paper ? `《${issue.paper}》${issue.label}` : issue.label;
}

// The overview's "收录…期" names the papers the archive holds: 《今日柯城》 when all issues are of one paper, up to three
// names when several, and none at all when no masthead named one (the count then stands alone: "收录 5 期").
export function papersPhrase(papers: string[], unnamed: number): string {
  if (papers.length === 0) return " ";
  if (papers.length === 1 && unnamed === 0) return `《${papers[0]}》`;
  const names = papers.slice(0, 3).map((p) => `《${p}》`).join("、") + (papers.length > 3 ? "等" : "");
  return `${names}${unnamed > 0 ? "及未注明报名的报纸" : ""}共 `;
}

// The article page marks every item with id="m-<kind>-<itemId>", so a link lands on the exact sentence.
export function itemHref(kind: ItemKind, articleId: number, itemId: number): string {
  return `/articles/${articleId}#m-${kind}-${itemId}`;
}

export function entityHref(kind: "township" | "department", name: string): string {
  return `/${kind === "township" ? "townships" : "departments"}/${encodeURIComponent(name)}`;
}

export function compareIssues(a: IssueRefInput, b: IssueRefInput): number {
  if (a.date !== b.date) {
    if (a.date == null) return 1;
    if (b.date == null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.id - b.id;
}

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

// The sentence an indicator stands in, trimmed of the line breaks page repair may leave.
export function sentenceOf(articleText: string, start: number, end: number, max = 160): string {
  return clip(articleText.slice(start, end).replace(/\s+/g, " ").trim(), max);
}

export type SeriesIndicator = {
  id: number;
  articleId: number;
  articleTitle: string;
  text: string;
  value: number;
  unit: string;
  metric: string | null;
  issue: IssueRefInput;
};

export function seriesKey(metric: string | null, unit: string): string {
  return `${metric ?? ""}|${unit}`;
}

export function seriesLabel(metric: string | null, unit: string): string {
  return metric ? `${metric}（${unit}）` : `未标注指标（${unit}）`;
}

// One series per metric+unit, points in date order; series with more dates first, then larger series.
export function buildIndicatorSeries(indicators: SeriesIndicator[]): ChartSeries[] {
  const groups = new Map<string, ChartSeries>();
  const sorted = [...indicators].sort((a, b) => compareIssues(a.issue, b.issue) || a.id - b.id);
  for (const indicator of sorted) {
    const key = seriesKey(indicator.metric, indicator.unit);
    let series = groups.get(key);
    if (!series) {
      series = { key, label: seriesLabel(indicator.metric, indicator.unit), unit: indicator.unit, points: [], sources: [] };
      groups.set(key, series);
    }
    if (!series.sources.some((s) => s.id === indicator.issue.id)) series.sources.push(toIssueRef(indicator.issue));
    series.points.push({
      date: indicator.issue.date,
      value: indicator.value,
      text: indicator.text,
      href: itemHref("indicator", indicator.articleId, indicator.id),
      sourceLabel: `${issueLabel(indicator.issue)} · ${clip(indicator.articleTitle, 24)}`,
    });
  }
  const dates = (series: ChartSeries) => new Set(series.points.map((p) => p.date)).size;
  return [...groups.values()].sort(
    (a, b) => dates(b) - dates(a) || b.points.length - a.points.length || a.label.localeCompare(b.label, "zh-CN"),
  );
}

// A count series (mentions, indicators per issue date) with its caption sources. Issues sharing a date are summed into
// one point; undated issues cannot sit on a time axis and are left out. One sort and one label per issue: a busy
// campaign has a row for each of 10,000 issues.
export function countSeries(rows: DatedCount[], options: { key: string; label: string; unit: string }): ChartSeries {
  const dated = rows.filter((row) => row.issue.date).sort((a, b) => compareIssues(a.issue, b.issue));
  const points: SourcedPoint[] = [];
  const sources: IssueRef[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < dated.length; ) {
    const date = dated[i].issue.date as string;
    let count = 0;
    const labels: string[] = [];
    const first = dated[i].issue.id;
    for (; i < dated.length && dated[i].issue.date === date; i++) {
      const { issue } = dated[i];
      const label = issueLabel(issue);
      count += dated[i].count;
      labels.push(label);
      if (!seen.has(issue.id)) {
        seen.add(issue.id);
        sources.push({ id: issue.id, date: issue.date, number: issue.number, fileName: issue.fileName, label, ...(issue.paper ? { paper: issue.paper } : {}) });
      }
    }
    points.push({ date, value: count, text: `${count}${options.unit}`, href: `/issues/${first}`, sourceLabel: labels.join("、") });
  }
  return { key: options.key, label: options.label, unit: options.unit, points, sources };
}

// How many issue dates a series has points on; a series on one date is a single number, better read in a table.
export function seriesDateCount(series: ChartSeries): number {
  return new Set(series.points.map((p) => p.date).filter((d) => d != null)).size;
}

export type DatedCount = { issue: IssueRefInput; count: number };
