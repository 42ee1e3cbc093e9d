import type Database from "better-sqlite3";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { sqliteConnectionOf } from "./client";
import { dialectOf, type Dialect } from "./dialect";
import { slices } from "./id-slices";
import { MAX_PARAMETERS, placeholders, powerOfTwoChunks } from "./statement-chunks";

// The SQL that ingestion sends inside a Prisma transaction, on either database. Ingestion is bounded by per-statement
// overhead, not data volume (bench/RESULTS.md §3): Prisma's client spends ~0.5 ms of JS and WASM on each query, several
// times SQLite's own work for an issue's small statements. So:
// - SQLite: statements run straight on the better-sqlite3 connection the Prisma transaction holds (sqliteConnectionOf),
//   prepared once per process and cached. They belong to that transaction: it is the same connection, after its BEGIN.
// - PostgreSQL: the same SQL through the transaction's $queryRawUnsafe, `?` placeholders numbered $1, $2 …
// SQL is written once, with quoted identifiers and `?` placeholders (never inside a literal). Integers may come back
// as bigint (COUNT on PostgreSQL, or on SQLite when the connection is not reachable and Prisma runs the SQL): read
// them with Number().
// lib/data also reads its largest result sets (10,000 per-issue rows for a chart) through `sqlRunner(db, db)`, as
// plain reads like Prisma's own: Prisma's raw path spent more time converting those rows than SQLite spent finding them.

// Booleans bind as 1/0 on SQLite (which has no boolean type) and as booleans on PostgreSQL.
export type SqlValue = string | number | bigint | boolean | null;

const sqliteValue = (value: SqlValue) => (typeof value === "boolean" ? Number(value) : value);

export interface SqlRunner {
  readonly dialect: Dialect;
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  run(sql: string, params?: readonly SqlValue[]): Promise<void>;
  // INSERT of many rows of the same columns; with `returning`, the listed columns of each inserted row (include a key
  // to match them to the rows: PostgreSQL does not promise the order).
  insert<R = never>(table: string, rows: readonly Record<string, SqlValue | undefined>[], returning?: readonly string[]): Promise<R[]>;
  // Several INSERTs, in the given order, without RETURNING. SQLite: insert() after insert(). PostgreSQL: one statement
  // (see insertAllSql), so an issue's item rows cost one round trip instead of one per table.
  insertAll(inserts: readonly TableRows[]): Promise<void>;
}

// A statement and its bound values.
export type Statement = { sql: string; params: SqlValue[] };

export type TableRows = { table: string; rows: readonly Record<string, SqlValue | undefined>[] };

type Queryable = PrismaClient | Prisma.TransactionClient;

// `root` is the client the transaction came from (it knows the SQLite connection), `tx` the transaction.
export function sqlRunner(root: PrismaClient, tx: Queryable): SqlRunner {
  const sqlite = sqliteConnectionOf(root);
  return sqlite ? new SqliteRunner(sqlite, { inTransaction: tx !== root }) : new PrismaRunner(tx, dialectOf(root));
}

// Rows per multi-row INSERT on SQLite: enough to spread a statement's fixed cost (its statement journal) over many rows,
// few enough that the cached statements stay small.
const ROWS_PER_SQLITE_INSERT = 64;

const quote = (identifier: string) => `"${identifier}"`;

function insertSql(table: string, columns: readonly string[], rowCount: number, returning?: readonly string[]): string {
  const tuple = `(${placeholders(columns)})`;
  const values = Array.from({ length: rowCount }, () => tuple).join(", ");
  const tail = returning?.length ? ` RETURNING ${returning.map(quote).join(", ")}` : "";
  return `INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) VALUES ${values}${tail}`;
}

// Every row takes the keys of the first (rows come from one object literal); a missing value is NULL.
const valuesOf = (row: Record<string, SqlValue | undefined>, columns: readonly string[]) => columns.map((column) => row[column] ?? null);

const statementCache = new WeakMap<Database.Database, Map<string, Database.Statement>>();
const MAX_CACHED_STATEMENTS = 500;

class SqliteRunner implements SqlRunner {
  readonly dialect = "sqlite" as const;
  private readonly statements: Map<string, Database.Statement>;

  constructor(
    private readonly connection: Database.Database,
    private readonly options: { inTransaction: boolean },
  ) {
    let cache = statementCache.get(connection);
    if (!cache) statementCache.set(connection, (cache = new Map()));
    this.statements = cache;
  }

  private prepare(sql: string): Database.Statement {
    // A statement meant for a transaction that has ended (Prisma's timeout, a rollback) would otherwise autocommit.
    if (this.options.inTransaction && !this.connection.inTransaction) throw new Error("The transaction has already ended");
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.connection.prepare(sql);
      // Prisma's adapter sets safe integers (bigint) as the connection default; ids and counts here fit a number.
      if (statement.reader) statement.safeIntegers(false);
      // IN (?, …) lists make a statement per length: a bound, so a long-running server does not grow without end.
      if (this.statements.size >= MAX_CACHED_STATEMENTS) this.statements.delete(this.statements.keys().next().value!);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.prepare(sql).all(...params.map(sqliteValue)) as T[];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<void> {
    this.prepare(sql).run(...params.map(sqliteValue));
  }

  // Multi-row INSERT … VALUES in chunks of 2^k rows (at most ROWS_PER_SQLITE_INSERT): SQLite parses each shape once per
  // process, so the cache holds a few shapes per table whatever the row count. One statement per row cost far more
  // than its row: with foreign keys on, and more so on a table with triggers (Goal), every statement execution inside
  // the savepoint opens a statement journal and copies each page it first touches there (~20 µs a row for a
  // key row, ~150 µs for a Goal row, one row per statement; bench/RESULTS.md §15). Rows are inserted in the given
  // order, so ids come out as they did row by row. RETURNING rows come back in no promised order: match them by key.
  async insert<R>(table: string, rows: readonly Record<string, SqlValue | undefined>[], returning?: readonly string[]): Promise<R[]> {
    if (rows.length === 0) return [];
    const columns = Object.keys(rows[0]);
    const returned: R[] = [];
    for (const chunk of powerOfTwoChunks(rows, ROWS_PER_SQLITE_INSERT, columns.length)) {
      const statement = this.prepare(insertSql(table, columns, chunk.length, returning));
      const params: SqlValue[] = [];
      for (const row of chunk) for (const column of columns) params.push(sqliteValue(row[column] ?? null));
      if (returning?.length) returned.push(...(statement.all(params) as R[]));
      else statement.run(params);
    }
    return returned;
  }

  async insertAll(inserts: readonly TableRows[]): Promise<void> {
    for (const { table, rows } of inserts) await this.insert(table, rows);
  }
}

class PrismaRunner implements SqlRunner {
  constructor(
    private readonly tx: Queryable,
    readonly dialect: Dialect,
  ) {}

  private numbered(sql: string): string {
    if (this.dialect !== "postgresql") return sql;
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  }

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.tx.$queryRawUnsafe<T[]>(this.numbered(sql), ...params);
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<void> {
    await this.tx.$executeRawUnsafe(this.numbered(sql), ...params);
  }

  // Multi-row INSERT … VALUES, as few statements as the parameter limit allows.
  async insert<R>(table: string, rows: readonly Record<string, SqlValue | undefined>[], returning?: readonly string[]): Promise<R[]> {
    if (rows.length === 0) return [];
    const columns = Object.keys(rows[0]);
    const returned: R[] = [];
    for (const chunk of slices(rows, Math.max(1, Math.floor(MAX_PARAMETERS / columns.length)))) {
      const sql = insertSql(table, columns, chunk.length, returning);
      const params = chunk.flatMap((row) => valuesOf(row, columns));
      if (returning?.length) returned.push(...(await this.all<R>(sql, params)));
      else await this.run(sql, params);
    }
    return returned;
  }

  async insertAll(inserts: readonly TableRows[]): Promise<void> {
    const filled = inserts.filter((insert) => insert.rows.length > 0);
    if (filled.length === 0) return;
    if (this.dialect !== "postgresql") {
      for (const { table, rows } of filled) await this.insert(table, rows);
      return;
    }
    const { sql, params } = insertAllSql(filled);
    await this.run(sql, params);
  }
}

// PostgreSQL: every table's rows as one JSON parameter, expanded to the table's own row type by
// jsonb_populate_recordset (so the columns keep their types without a list of them here), one data-modifying CTE per
// table in one statement. Each INSERT takes its rows in array order (WITH ORDINALITY … ORDER BY), so serial ids come
// out as they do row by row, and as SQLite's do. The CTEs run in no promised order among themselves, which is fine for
// rows that do not read each other; foreign keys and AFTER triggers are checked at the end of the statement.
// One parameter per table instead of one per value: the statement's text depends only on the tables and columns, and
// a JSON array is parsed faster than thousands of bound values.
export function insertAllSql(inserts: readonly TableRows[]): { sql: string; params: string[] } {
  const parts = inserts.map(({ table, rows }, n) => {
    const columns = Object.keys(rows[0]).map(quote).join(", ");
    return (
      `"insert${n}" AS (INSERT INTO ${quote(table)} (${columns}) SELECT ${columns} ` +
      `FROM jsonb_populate_recordset(NULL::${quote(table)}, CAST(? AS jsonb)) WITH ORDINALITY AS "r" ORDER BY "r"."ordinality")`
    );
  });
  return {
    sql: `WITH ${parts.join(", ")} SELECT 1`,
    params: inserts.map(({ rows }) => jsonRows(rows, Object.keys(rows[0]))),
  };
}

// The rows as a JSON array of objects holding exactly `columns` (a missing value is null, as valuesOf makes it).
// Values arrive as a bound parameter would: a string with a lone UTF-16 surrogate is sent with U+FFFD in its place
// (the driver's UTF-8 encoding does that to a parameter; jsonb would refuse the escaped surrogate), a bigint as its
// digits, a number that JSON cannot hold (NaN, Infinity) as the text float8 reads.
function jsonRows(rows: readonly Record<string, SqlValue | undefined>[], columns: readonly string[]): string {
  return JSON.stringify(
    rows.map((row) => Object.fromEntries(columns.map((column) => [column, jsonValue(row[column] ?? null)]))),
  );
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function jsonValue(value: SqlValue): string | number | boolean | null {
  if (typeof value === "string") return value.replace(LONE_SURROGATE, "\uFFFD");
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  return value;
}
