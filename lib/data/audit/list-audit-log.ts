import "server-only";
import { getDb, type Db } from "../../db/client";

export type AuditEntry = { id: number; at: string; editor: string; action: string; target: string; detail: string };

export async function listAuditLog(options: { limit: number }, db: Db = getDb()): Promise<AuditEntry[]> {
  const rows = await db.auditLog.findMany({ orderBy: { id: "desc" }, take: options.limit });
  return rows.map((row) => ({ ...row, at: row.at.toISOString().replace("T", " ").slice(0, 19) }));
}
