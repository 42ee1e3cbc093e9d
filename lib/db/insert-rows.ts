import { Prisma, type PrismaClient } from "../generated/prisma/client";

type Queryable = PrismaClient | Prisma.TransactionClient;

export type ItemTable = "Indicator" | "Goal" | "Progress" | "CampaignMention" | "PlaceMention" | "DepartmentMention";

// SQLite allows 32,766 bound parameters per statement, PostgreSQL 65,535.
const MAX_PARAMETERS = 30_000;

// Multi-row INSERT … VALUES for the bulk of an issue's rows (~200 extracted items). Prisma's createMany costs several
// times the database's own work in query planning and value conversion (bench/RESULTS.md); one plain statement per
// table does the same writes. Quoted identifiers: the same SQL runs on SQLite and PostgreSQL. Every row must have the
// same keys (they come from one object literal, typed by Prisma's CreateManyInput so columns are checked at compile time);
// columns left out take their defaults.
export async function insertRows<T extends object>(db: Queryable, table: ItemTable, rows: T[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const head = Prisma.raw(`INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES `);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let from = 0; from < rows.length; from += perStatement) {
    const values = rows
      .slice(from, from + perStatement)
      .map((row) => Prisma.sql`(${Prisma.join(columns.map((column) => (row as Record<string, unknown>)[column] ?? null))})`);
    await db.$executeRaw`${head}${Prisma.join(values)}`;
  }
}
