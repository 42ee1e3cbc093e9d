import { describe, expect, it } from "vitest";
import { listMigrations, migrationsDir } from "@/lib/db/migrate";

// The PostgreSQL migrations mirror the SQLite ones: same names, same indexes, same foreign keys and delete rules.
// (Columns are checked against prisma/schema.prisma on a live database by migrate.test.ts.)
const sqlite = listMigrations(migrationsDir(process.cwd(), "sqlite"));
const postgresql = listMigrations(migrationsDir(process.cwd(), "postgresql"));

const all = (migrations: { sql: string }[]) => migrations.map((m) => m.sql).join("\n");
// The indexes the migrations leave, in order: a CREATE adds one, a DROP removes it. (A PostgreSQL migration may rebuild
// an index under its name with another sort order, e.g. NULLS LAST, where SQLite has nothing to do.)
const indexes = (sql: string) => {
  const left = new Map<string, string>();
  for (const m of sql.matchAll(/CREATE (UNIQUE )?INDEX "(\w+)"|DROP INDEX (?:IF EXISTS )?"(\w+)"/g)) {
    if (m[3]) left.delete(m[3]);
    else left.set(m[2], `${m[1] ?? ""}${m[2]}`);
  }
  return [...left.values()].sort();
};
const foreignKeys = (sql: string) =>
  [...sql.matchAll(/CONSTRAINT "(\w+)" FOREIGN KEY \("(\w+)"\) REFERENCES "(\w+)" ?\("(\w+)"\) ON DELETE (CASCADE|SET NULL|RESTRICT)/g)]
    .map((m) => `${m[1]}: ${m[2]} → ${m[3]}.${m[4]} ${m[5]}`)
    .sort();

describe("migration folders", () => {
  it("hold the same migrations, in the same order", () => {
    expect(sqlite.length).toBeGreaterThan(0);
    expect(postgresql.map((m) => m.name)).toEqual(sqlite.map((m) => m.name));
    for (const migration of postgresql) expect(migration.sql, migration.name).not.toMatch(/AUTOINCREMENT|DATETIME|USING fts5/);
  });

  // PostgreSQL's own search indexes, where SQLite has fts5 tables: trigrams of articles, the numbers' characters.
  const pgOnly = (name: string) => name.endsWith("_trgm_idx") || name.endsWith("_gin_idx");
  it("create the same indexes, plus the search indexes on PostgreSQL", () => {
    const pgIndexes = indexes(all(postgresql));
    expect(pgIndexes.filter((name) => !pgOnly(name))).toEqual(indexes(all(sqlite)));
    expect(pgIndexes.filter(pgOnly)).toEqual(["Article_text_trgm_idx", "Article_title_trgm_idx", "IndicatorGrams_grams_gin_idx"]);
  });

  it("create the same foreign keys with the same delete rules (plus PostgreSQL's character index)", () => {
    const keys = foreignKeys(all(sqlite));
    expect(keys.length).toBeGreaterThanOrEqual(20);
    const gramKey = "IndicatorGrams_id_fkey: id → Indicator.id CASCADE";
    expect(foreignKeys(all(postgresql)).filter((key) => key !== gramKey)).toEqual(keys);
    expect(foreignKeys(all(postgresql))).toContain(gramKey);
  });
});
