import type { TGoldIssue } from "@/lib/eval/gold-schema";
import type { TExtractArticle, TExtractOutput } from "@/lib/validations/extract-output";

// Hand-made predictions in the extract JSON contract; spans do not matter to the scorer.
type TIndicator = TExtractArticle["indicators"][number];
type TArticleParts = {
  indicators?: Array<{
    text: string;
    value: number;
    valueMax?: number | null;
    unit: string;
    approx?: TIndicator["approx"];
    metric?: string | null;
    role?: TIndicator["role"];
    start?: number;
  }>;
  goals?: Array<string | { text: string; kind?: "target" | "task" | "requirement"; deadlineDate?: string | null }>;
  campaigns?: Array<{ name: string; text?: string }>;
  places?: Array<{ name: string; level: TExtractArticle["places"][number]["level"]; township?: string | null; outside?: boolean }>;
  departments?: Array<string | { name: string; canonical: string; start?: number; outside?: boolean }>;
  text?: string;
};

export function article(parts: TArticleParts, title = "t"): TExtractArticle {
  const span = { start: 0, end: 1 };
  return {
    title,
    ...(parts.text !== undefined ? { text: parts.text } : {}),
    indicators: (parts.indicators ?? []).map((i) => ({
      text: i.text,
      value: i.value,
      valueMax: i.valueMax ?? null,
      unit: i.unit,
      approx: i.approx ?? "exact",
      metric: i.metric ?? null,
      role: i.role ?? ("actual" as const),
      asOf: null,
      township: null,
      department: null,
      campaign: null,
      ...(i.start !== undefined ? { start: i.start, end: i.start + i.text.length } : span),
    })),
    progress: [],
    goals: (parts.goals ?? []).map((g) => {
      const goal = typeof g === "string" ? { text: g } : g;
      return { deadline: null, campaign: null, township: null, ...goal, ...span };
    }),
    campaigns: (parts.campaigns ?? []).map((c) => ({ name: c.name, text: c.text ?? c.name, ...span })),
    places: (parts.places ?? []).map((p) => ({ name: p.name, level: p.level, township: p.township ?? null, ...(p.outside ? { outside: true } : {}), ...span })),
    departments: (parts.departments ?? []).map((d) => {
      const dep = typeof d === "string" ? { name: d, canonical: d } : d;
      const outside = typeof d !== "string" && d.outside ? { outside: true } : {};
      return { name: dep.name, canonical: dep.canonical, ...outside, ...(dep.start !== undefined ? { start: dep.start, end: dep.start + dep.name.length } : span) };
    }),
  };
}

export function prediction(articles: TExtractArticle[], date: string | null = null): TExtractOutput {
  return { issue: { date, dateSource: date ? "inferred" : null, number: null }, articles };
}

export function gold(parts: Partial<TGoldIssue>): TGoldIssue {
  return {
    file: "x.txt",
    date: "2022-04-13",
    dateSource: "masthead",
    number: null,
    indicators: [],
    goals: [],
    campaigns: [],
    townships: [],
    places: [],
    departments: [],
    excluded: [],
    ...parts,
  };
}

// The gold issue restated as a perfect prediction: scoring it must give 1.0 everywhere.
export function goldAsPrediction(g: TGoldIssue): TExtractOutput {
  return prediction(
    [
      article({
        indicators: g.indicators.map((i) => ({ ...i, metric: i.metric ?? null, role: i.role ?? "actual" })),
        goals: g.goals.map((x) => ({ text: x.text, kind: x.kind, deadlineDate: x.deadlineDate ?? null })),
        campaigns: g.campaigns.flatMap((c) => c.aliases.map((a) => ({ name: c.name, text: a }))),
        places: [
          ...g.townships.map((name) => ({ name, level: "township" as const, township: name })),
          ...g.places.map((p) => ({ name: p.name, level: p.level, township: p.township, outside: p.outside })),
        ],
        departments: g.departments,
      }),
    ],
    g.date,
  );
}
