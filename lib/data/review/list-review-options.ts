import "server-only";

import { getDb, type Db } from "../../db/client";

// Names an editor may link a corrected indicator to: the review API accepts exactly these (lib/review/review-items.ts).
export type ReviewOptions = { townships: string[]; departments: string[]; campaigns: string[] };

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- no arguments yet; the (args, db) convention keeps db second
export async function listReviewOptions(_args: Record<string, never> = {}, db: Db = getDb()): Promise<ReviewOptions> {
  const [townships, departments, campaigns] = await Promise.all([
    db.place.findMany({ where: { level: "township" }, select: { name: true } }),
    db.department.findMany({ select: { name: true } }),
    db.campaign.findMany({ select: { name: true } }),
  ]);
  const sorted = (rows: { name: string }[]) => rows.map((row) => row.name).sort((a, b) => a.localeCompare(b, "zh-CN"));
  return { townships: sorted(townships), departments: sorted(departments), campaigns: sorted(campaigns) };
}
