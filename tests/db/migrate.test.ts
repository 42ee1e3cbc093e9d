import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { resolveDatabaseUrl } from "@/lib/db/database-url";
import { migratePostgres, migrateSqlite, migrationsDir, type MigrationResult } from "@/lib/db/migrate";
import { createTestDatabase, testDialect, type TestDatabase } from "../support/test-database";

type Scalar = "Int" | "String" | "Float" | "DateTime" | "Boolean";
const SCALARS = new Set<string>(["Int", "String", "Float", "DateTime", "Boolean"]);

// The column type Prisma Migrate writes for each scalar, per dialect.
const COLUMN_TYPES: Record<"sqlite" | "postgresql", Record<Scalar, string>> = {
  sqlite: { Int: "INTEGER", String: "TEXT", Float: "REAL", DateTime: "DATETIME", Boolean: "BOOLEAN" },
  postgresql: { Int: "integer", String: "text", Float: "double precision", DateTime: "timestamp(3) without time zone", Boolean: "boolean" },
};

type Field = { optional: boolean; type: Scalar };
type Column = { name: string; nullable: boolean; type: string };

// Reads prisma/schema.prisma's models and scalar fields: the source of truth the hand-written SQL must match.
function schemaModels(): Map<string, Map<string, Field>> {
  const schema = readFileSync(path.resolve("prisma/schema.prisma"), "utf8");
  const models = new Map<string, Map<string, Field>>();
  for (const match of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const fields = new Map<string, Field>();
    for (const line of match[2].split("\n")) {
      const field = /^\s+(\w+)\s+(\w+)(\?|\[\])?/.exec(line);
      if (!field || !SCALARS.has(field[2]) || field[3] === "[]") continue;
      fields.set(field[1], { optional: field[3] === "?", type: field[2] as Scalar });
    }
    models.set(match[1], fields);
  }
  return models;
}

const dialect = testDialect();

async function migrate(database: TestDatabase, dir?: string): Promise<MigrationResult> {
  const target = resolveDatabaseUrl(database.url);
  return target.provider === "sqlite" ? migrateSqlite(target.filePath, { dir }) : migratePostgres(target.url, { dir });
}

// Columns of every table, read from the database's catalogue.
async function readColumns(database: TestDatabase, tables: string[]): Promise<Map<string, Column[]>> {
  const target = resolveDatabaseUrl(database.url);
  const result = new Map<string, Column[]>();
  if (target.provider === "sqlite") {
    const db = new Database(target.filePath, { readonly: true });
    for (const table of tables) {
      const rows = db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; notnull: number; type: string }[];
      result.set(table, rows.map((row) => ({ name: row.name, nullable: row.notnull === 0, type: row.type })));
    }
    db.close();
    return result;
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string; column_name: string; is_nullable: string; type: string }>(
      `SELECT table_name, column_name, is_nullable, format_type(a.atttypid, a.atttypmod) AS type
       FROM information_schema.columns c
       JOIN pg_attribute a ON a.attrelid = format('%I.%I', c.table_schema, c.table_name)::regclass AND a.attname = c.column_name
       WHERE c.table_schema = current_schema() AND c.table_name = ANY($1)`,
      [tables],
    );
    for (const table of tables) result.set(table, []);
    for (const row of rows) {
      result.get(row.table_name)!.push({ name: row.column_name, nullable: row.is_nullable === "YES", type: row.type });
    }
    return result;
  } finally {
    await client.end();
  }
}

describe(`migrations (${dialect})`, () => {
  const databases: TestDatabase[] = [];
  const dirs: string[] = [];
  const emptyDatabase = () => {
    const database = createTestDatabase({ migrated: false });
    databases.push(database);
    return database;
  };
  afterEach(async () => {
    for (const database of databases.splice(0)) await database.cleanup();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("creates every table and column of the Prisma schema, with the same nullability and type", async () => {
    const database = emptyDatabase();
    const result = await migrate(database);
    expect(result.applied.length).toBeGreaterThan(0);
    const models = schemaModels();
    expect(models.size).toBeGreaterThanOrEqual(14);
    const columns = await readColumns(database, [...models.keys()]);
    for (const [model, fields] of models) {
      const byName = new Map(columns.get(model)!.map((c) => [c.name, c]));
      expect(byName.size, `table ${model}`).toBeGreaterThan(0);
      for (const [name, { optional, type }] of fields) {
        const column = byName.get(name);
        expect(column, `${model}.${name}`).toBeDefined();
        expect(column!.nullable, `${model}.${name} nullability`).toBe(optional);
        expect(column!.type, `${model}.${name} type`).toBe(COLUMN_TYPES[dialect][type]);
      }
      expect([...byName.keys()].sort(), `${model} has no columns the schema lacks`).toEqual([...fields.keys()].sort());
    }
  });

  it("applies each migration once: a second run changes nothing", async () => {
    const database = emptyDatabase();
    const first = await migrate(database);
    const second = await migrate(database);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toBe(first.applied.length);
  });

  it("refuses a migration whose file changed after it was applied", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "zhibiao-migrations-"));
    dirs.push(dir);
    cpSync(migrationsDir(process.cwd(), dialect), dir, { recursive: true });
    const database = emptyDatabase();
    const first = await migrate(database, dir);
    appendFileSync(path.join(dir, first.applied[0], "migration.sql"), "\n-- edited\n");
    await expect(migrate(database, dir)).rejects.toThrow(`Migration ${first.applied[0]} was changed after it was applied`);
  });
});
