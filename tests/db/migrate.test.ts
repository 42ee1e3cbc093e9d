import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { migrateSqlite } from "@/lib/db/migrate";

const SCALARS = new Set(["Int", "String", "Float", "DateTime", "Boolean"]);

// Reads prisma/schema.prisma's models and scalar fields: the source of truth the hand-applied SQL must match.
function schemaModels(): Map<string, Map<string, { optional: boolean }>> {
  const schema = readFileSync(path.resolve("prisma/schema.prisma"), "utf8");
  const models = new Map<string, Map<string, { optional: boolean }>>();
  for (const match of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const fields = new Map<string, { optional: boolean }>();
    for (const line of match[2].split("\n")) {
      const field = /^\s+(\w+)\s+(\w+)(\?|\[\])?/.exec(line);
      if (!field || !SCALARS.has(field[2]) || field[3] === "[]") continue;
      fields.set(field[1], { optional: field[3] === "?" });
    }
    models.set(match[1], fields);
  }
  return models;
}

describe("migrations", () => {
  const dirs: string[] = [];
  const freshDatabase = () => {
    const dir = mkdtempSync(path.join(tmpdir(), "zhibiao-migrate-"));
    dirs.push(dir);
    return path.join(dir, "nested", "test.db");
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("creates every table and column of the Prisma schema, with the same nullability", () => {
    const file = freshDatabase();
    const result = migrateSqlite(file);
    expect(result.applied.length).toBeGreaterThan(0);
    const db = new Database(file, { readonly: true });
    const models = schemaModels();
    expect(models.size).toBeGreaterThanOrEqual(12);
    for (const [model, fields] of models) {
      const columns = db.prepare(`PRAGMA table_info("${model}")`).all() as { name: string; notnull: number }[];
      expect(columns.length, `table ${model}`).toBeGreaterThan(0);
      const byName = new Map(columns.map((c) => [c.name, c]));
      for (const [name, { optional }] of fields) {
        const column = byName.get(name);
        expect(column, `${model}.${name}`).toBeDefined();
        expect(column!.notnull === 0, `${model}.${name} nullability`).toBe(optional);
      }
      expect([...byName.keys()].sort(), `${model} has no columns the schema lacks`).toEqual([...fields.keys()].sort());
    }
    db.close();
  });

  it("applies each migration once: a second run changes nothing", () => {
    const file = freshDatabase();
    const first = migrateSqlite(file);
    const second = migrateSqlite(file);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toBe(first.applied.length);
  });
});
