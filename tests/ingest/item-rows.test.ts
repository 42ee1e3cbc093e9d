import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  ZExtractedCampaignSchema,
  ZExtractedDepartmentSchema,
  ZExtractedGoalSchema,
  ZExtractedIndicatorSchema,
  ZExtractedPlaceSchema,
  ZExtractedProgressSchema,
} from "@/lib/extract/item-schema";
import { extractIssueFile } from "@/lib/ingest/extract-issue";
import { ITEM_TABLES, itemColumns, type FieldColumn, type ItemTable } from "@/lib/ingest/item-rows";
import { ZExtractOutputSchema } from "@/lib/validations/extract-output";
import { SEED_FILES } from "./support";

// The scalar columns of every model of a schema.prisma text (relation fields, whose type is a model, are left out).
function prismaColumns(schema: string): Map<string, Set<string>> {
  const scalars = new Set(["String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Bytes"]);
  const models = new Map<string, Set<string>>();
  for (const [, name, body] of schema.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    const columns = new Set<string>();
    for (const line of body.split("\n")) {
      const field = /^\s*(\w+)\s+(\w+)(\[\])?\??(\s|$)/.exec(line);
      if (field && scalars.has(field[2])) columns.add(field[1]);
    }
    models.set(name, columns);
  }
  return models;
}

const ITEM_SCHEMAS = {
  Indicator: ZExtractedIndicatorSchema,
  Goal: ZExtractedGoalSchema,
  Progress: ZExtractedProgressSchema,
  CampaignMention: ZExtractedCampaignSchema,
  PlaceMention: ZExtractedPlaceSchema,
  DepartmentMention: ZExtractedDepartmentSchema,
} as const;

// Where each mapped field lands: [model, column], or nothing for a field not stored.
const targets = (table: string, target: FieldColumn): [string, string][] => {
  if ("span" in target) return target.span.map((column) => [table, column]);
  if ("column" in target) return [[table, target.column]];
  if ("entity" in target) return [target.entity.split(".") as [string, string]];
  return [];
};

// Checks one table's map against the parsed schema; the messages name the field or column that is out of step.
function mismatches(table: ItemTable, models: Map<string, Set<string>>, itemFields: string[]): string[] {
  const { fields, otherColumns } = ITEM_TABLES[table];
  const map = fields as Record<string, FieldColumn>;
  const problems: string[] = [];
  for (const field of itemFields) if (!(field in map)) problems.push(`${table}: item field "${field}" has no column`);
  for (const field of Object.keys(map)) if (!itemFields.includes(field)) problems.push(`${table}: "${field}" is mapped but not an item field`);
  const filled = new Set<string>(otherColumns);
  for (const [field, target] of Object.entries(map)) {
    for (const [model, column] of targets(table, target)) {
      if (!models.get(model)?.has(column)) problems.push(`${table}.${field} → ${model}.${column}: no such column in schema.prisma`);
      if (model === table) filled.add(column);
    }
  }
  for (const column of models.get(table) ?? []) if (!filled.has(column)) problems.push(`${table}.${column}: no item field or listed column fills it`);
  for (const column of filled) if (!models.get(table)?.has(column)) problems.push(`${table}.${column}: listed but not in schema.prisma`);
  return problems;
}

describe("item rows against prisma/schema.prisma", () => {
  // PostgreSQL's client is generated from the same file (scripts/prisma-generate.mjs).
  it("every item field has a column and every column of an item table is filled", () => {
    const models = prismaColumns(readFileSync("prisma/schema.prisma", "utf8"));
    for (const table of Object.keys(ITEM_TABLES) as ItemTable[]) {
      expect(models.get(table)?.size, table).toBeGreaterThan(0);
      expect(mismatches(table, models, Object.keys(ITEM_SCHEMAS[table].shape))).toEqual([]);
    }
  });

  it("fails when a column or an item field is added on one side only", () => {
    const schema = readFileSync("prisma/schema.prisma", "utf8");
    const withColumn = prismaColumns(schema.replace(/^model Indicator \{$/m, "model Indicator {\n  footnote String?"));
    expect(mismatches("Indicator", withColumn, Object.keys(ZExtractedIndicatorSchema.shape))).toEqual([
      "Indicator.footnote: no item field or listed column fills it",
    ]);
    const models = prismaColumns(schema);
    expect(mismatches("Goal", models, [...Object.keys(ZExtractedGoalSchema.shape), "priority"])).toEqual([
      'Goal: item field "priority" has no column',
    ]);
    const renamed = prismaColumns(schema.replace(/^(\s+)fromValue(\s)/m, "$1startValue$2"));
    expect(mismatches("Progress", renamed, Object.keys(ZExtractedProgressSchema.shape))).toEqual([
      "Progress.from → Progress.fromValue: no such column in schema.prisma",
      "Progress.startValue: no item field or listed column fills it",
      "Progress.fromValue: listed but not in schema.prisma",
    ]);
  });
});

describe("itemColumns", () => {
  const ids = { place: new Map([["石梁镇", 7]]), department: new Map([["区发改局", 3]]), campaign: new Map([["六治六提", 11]]) };
  const resolve = (ref: string, name: string) => (ref === "place" ? ids.place : ref === "department" ? ids.department : ids.campaign).get(name);

  it("copies fields to their columns, splits the sentence span, resolves names to ids and fills absent fields", () => {
    const row = itemColumns(
      ITEM_TABLES.Indicator.fields,
      {
        text: "近300户",
        value: 300,
        unit: "户",
        approx: "about",
        role: "actual",
        start: 4,
        end: 9,
        sentence: { start: 0, end: 20 },
        township: "石梁镇",
        campaign: "六治六提",
        department: "区农业农村局", // not resolved: null, never a wrong id
        approxWord: "近",
      },
      resolve,
    );
    expect(row).toEqual({
      start: 4,
      end: 9,
      text: "近300户",
      value: 300,
      valueMax: null,
      unit: "户",
      approx: "about",
      metric: null,
      role: "actual",
      period: null,
      asOf: null,
      sentenceStart: 0,
      sentenceEnd: 20,
      townshipId: 7,
      departmentId: null,
      campaignId: 11,
      seriesKey: null,
      core: true,
    });
  });

  it("renames progress fields to their columns", () => {
    const row = itemColumns(ITEM_TABLES.Progress.fields, { text: "从1000份增至5000份", from: 1000, to: 5000, unit: "份", start: 0, end: 13 }, resolve);
    expect(row).toEqual({ start: 0, end: 13, text: "从1000份增至5000份", fromValue: 1000, toValue: 5000, unit: "份", metric: null });
  });
});

describe("the published JSON schema", () => {
  it("keeps the banners the README documents, with their campaigns", () => {
    const output = ZExtractOutputSchema.parse(extractIssueFile(SEED_FILES[2]));
    expect(output.banners?.map((b) => b.text)).toContain("六治六提 六比六晒");
    expect(output.banners?.flatMap((b) => b.campaigns.map((c) => c.name))).toContain("六治六提");
  });

  it("writes every published field of an item, null where the item leaves it out", () => {
    const output = extractIssueFile(SEED_FILES[1]);
    const indicator = output.articles.flatMap((a) => a.indicators).find((i) => i.valueMax === null);
    expect(indicator).toBeDefined();
    expect(Object.keys(indicator!)).toEqual(["text", "value", "valueMax", "unit", "approx", "metric", "role", "period", "asOf", "township", "department", "campaign", "start", "end"]);
  });
});
