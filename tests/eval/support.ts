import type { TGoldIssue } from "@/lib/eval/gold-schema";
import type { TExtractArticle, TExtractOutput } from "@/lib/validations/extract-output";

// Hand-made predictions in the extract JSON contract; spans do not matter to the scorer.
type TArticleParts = {
  indicators?: Array<{ text: string; value: number; valueMax?: number | null; unit: string; approx?: TExtractArticle["indicators"][number]["approx"] }>;
  goals?: string[];
  campaigns?: Array<{ name: string; text?: string }>;
  places?: Array<{ name: string; level: "township" | "village" | "community" | "area"; township?: string | null }>;
  departments?: string[];
};

export function article(parts: TArticleParts, title = "t"): TExtractArticle {
  const span = { start: 0, end: 1 };
  return {
    title,
    indicators: (parts.indicators ?? []).map((i) => ({
      text: i.text,
      value: i.value,
      valueMax: i.valueMax ?? null,
      unit: i.unit,
      approx: i.approx ?? "exact",
      metric: null,
      role: "actual" as const,
      asOf: null,
      township: null,
      department: null,
      campaign: null,
      ...span,
    })),
    progress: [],
    goals: (parts.goals ?? []).map((text) => ({ text, deadline: null, campaign: null, township: null, ...span })),
    campaigns: (parts.campaigns ?? []).map((c) => ({ name: c.name, text: c.text ?? c.name, ...span })),
    places: (parts.places ?? []).map((p) => ({ name: p.name, level: p.level, township: p.township ?? null, ...span })),
    departments: (parts.departments ?? []).map((name) => ({ name, canonical: name, ...span })),
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
        indicators: g.indicators.map((i) => ({ ...i })),
        goals: g.goals.map((x) => x.text),
        campaigns: g.campaigns.flatMap((c) => c.aliases.map((a) => ({ name: c.name, text: a }))),
        places: g.townships.map((name) => ({ name, level: "township" as const, township: name })),
        departments: g.departments,
      }),
    ],
    g.date,
  );
}
