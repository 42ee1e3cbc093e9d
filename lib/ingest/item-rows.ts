import type { SqlValue } from "../db/sql-runner";
import type {
  ExtractedCampaign,
  ExtractedDepartment,
  ExtractedGoal,
  ExtractedIndicator,
  ExtractedPlace,
  ExtractedProgress,
} from "../extract/types";

// How an extracted item (lib/extract/item-schema.ts) becomes a row of its table. Every field of every item says
// where it goes, so a field added to an item does not compile until it is given a column (or a reason not to be
// stored), and tests/ingest/item-rows.test.ts checks the columns named here against prisma/schema.prisma both ways.

// The names an item carries, resolved to entity ids for the row (lib/ingest/plan-issue-rows.ts).
// place: a place or township by name; campaign: by canonical name; campaignKey: by merge key (mentions).
export type EntityRef = "place" | "department" | "campaign" | "campaignKey";

export type FieldColumn =
  | { column: string; absent?: SqlValue } // copied; null (or `absent`) when the item leaves it out
  | { span: readonly [start: string, end: string] } // a span: two columns
  | { ref: EntityRef; column: string } // a name, stored as the id of its entity row
  | { entity: `${"Place" | "Department" | "Campaign"}.${string}` } // kept on the entity row the mention points at
  | { notStored: string }; // why the field is not kept

export type ColumnMap<Item> = { readonly [K in keyof Required<Item>]: FieldColumn };

const same = <C extends string>(column: C) => ({ column });

const INDICATOR_COLUMNS: ColumnMap<ExtractedIndicator> = {
  start: same("start"),
  end: same("end"),
  text: same("text"),
  value: same("value"),
  valueMax: same("valueMax"),
  unit: same("unit"),
  approx: same("approx"),
  approxWord: { notStored: "the word is in `text`; `approx` keeps what it means" },
  metric: same("metric"),
  role: same("role"),
  period: same("period"),
  asOf: same("asOf"),
  sentence: { span: ["sentenceStart", "sentenceEnd"] },
  township: { ref: "place", column: "townshipId" },
  department: { ref: "department", column: "departmentId" },
  campaign: { ref: "campaign", column: "campaignId" },
  headline: { notStored: "a headline figure's span is empty at 0, which the row keeps" },
  seriesKey: same("seriesKey"),
  core: { column: "core", absent: true },
};

const PROGRESS_COLUMNS: ColumnMap<ExtractedProgress> = {
  start: same("start"),
  end: same("end"),
  text: same("text"),
  from: same("fromValue"),
  to: same("toValue"),
  unit: same("unit"),
  metric: same("metric"),
};

// lib/track/track-keys.ts goalTracking() completes kind, deadlineDate (resolved from the phrase when the extractor
// left it out) and adds the subject tokens.
const GOAL_COLUMNS: ColumnMap<ExtractedGoal> = {
  start: same("start"),
  end: same("end"),
  text: same("text"),
  verb: same("verb"),
  kind: same("kind"),
  targetValue: same("targetValue"),
  targetUnit: same("targetUnit"),
  targetBound: same("targetBound"),
  deadline: same("deadline"),
  deadlineDate: same("deadlineDate"),
  subject: same("subject"),
  campaign: { ref: "campaign", column: "campaignId" },
  township: { ref: "place", column: "townshipId" },
  department: { ref: "department", column: "departmentId" },
};

const CAMPAIGN_COLUMNS: ColumnMap<ExtractedCampaign> = {
  start: same("start"),
  end: same("end"),
  text: same("text"),
  name: { entity: "Campaign.name" },
  key: { ref: "campaignKey", column: "campaignId" },
  kind: { entity: "Campaign.kind" },
  township: { ref: "place", column: "townshipId" },
  department: { ref: "department", column: "departmentId" },
  headline: { notStored: "a headline mention's span is empty at 0, which the row keeps" },
};

const PLACE_COLUMNS: ColumnMap<ExtractedPlace> = {
  start: same("start"),
  end: same("end"),
  text: same("text"),
  name: { ref: "place", column: "placeId" },
  level: { entity: "Place.level" },
  township: { entity: "Place.townshipId" },
  candidates: { notStored: "a name two townships share, left unresolved: reported in the JSON, the mention keeps the name" },
};

const DEPARTMENT_COLUMNS: ColumnMap<ExtractedDepartment> = {
  start: same("start"),
  end: same("end"),
  text: same("text"),
  name: { ref: "department", column: "departmentId" },
  canonical: { entity: "Department.canonical" },
  // A Department row is a name and its canonical form; where a body stands is reported in the JSON only.
  level: { notStored: "reported in the JSON (extract --json), not kept on the Department row" },
  place: { notStored: "reported in the JSON (extract --json), not kept on the Department row" },
  township: { notStored: "reported in the JSON (extract --json), not kept on the Department row" },
  outside: { notStored: "bodies of other places are reported in the JSON only, never stored (ArticleExtraction.otherDepartments)" },
  headline: { notStored: "only other places' bodies are taken from a headline or source line, and those are never stored" },
};

// Every item table: the item's columns, and the columns the item does not fill (with who fills them).
export const ITEM_TABLES = {
  Indicator: { fields: INDICATOR_COLUMNS, otherColumns: ["id", "articleId", "issueDate", "review"] },
  Goal: {
    fields: GOAL_COLUMNS,
    // status*: the editor's; review: review decisions; tokens: goalTracking(); evidence*: lib/ingest/link-goals.ts
    otherColumns: ["id", "articleId", "issueDate", "status", "statusEvidence", "review", "tokens", "evidenceState", "evidenceDate", "outcomeDate"],
  },
  Progress: { fields: PROGRESS_COLUMNS, otherColumns: ["id", "articleId"] },
  CampaignMention: { fields: CAMPAIGN_COLUMNS, otherColumns: ["id", "articleId", "issueDate"] },
  PlaceMention: { fields: PLACE_COLUMNS, otherColumns: ["id", "articleId", "issueDate"] },
  DepartmentMention: { fields: DEPARTMENT_COLUMNS, otherColumns: ["id", "articleId", "issueDate"] },
} as const;

export type ItemTable = keyof typeof ITEM_TABLES;
export const ITEM_TABLE_NAMES = Object.keys(ITEM_TABLES) as ItemTable[];

// An item's columns, by its table's map; entity names become ids through `resolve` (null when not found).
export function itemColumns<Item extends object>(
  map: ColumnMap<Item>,
  item: Item,
  resolve: (ref: EntityRef, name: string) => number | undefined,
): Record<string, SqlValue> {
  const row: Record<string, SqlValue> = {};
  for (const field of Object.keys(map) as (keyof Item)[]) {
    const target = map[field];
    const value = item[field] as unknown;
    if ("column" in target && "ref" in target) row[target.column] = value === undefined ? null : (resolve(target.ref, String(value)) ?? null);
    else if ("column" in target) row[target.column] = value === undefined ? (target.absent ?? null) : (value as SqlValue);
    else if ("span" in target) {
      const span = value as { start: number; end: number };
      row[target.span[0]] = span.start;
      row[target.span[1]] = span.end;
    }
  }
  return row;
}
