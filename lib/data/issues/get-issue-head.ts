import "server-only";

import { getDb, type Db } from "../../db/client";
import { toIssueRef, type IssueRef, type IssueRefInput } from "../source-refs";
import type { IssueHead } from "./issue-detail-types";

// 责任编辑：董玲 is printed at the end of a page; the raw text keeps it even when the parser drops the line.
export function findEditor(rawText: string): string | null {
  const match = rawText.match(/责任编辑[：:]\s*([\u4e00-\u9fa5·]{2,8}(?:[ 、，,][\u4e00-\u9fa5·]{2,8})*)/);
  return match ? match[1].trim() : null;
}

// The issue's facts (date and its source, number, editor, file) and its neighbours: a few indexed lookups.
export async function getIssueHead(id: number, db: Db = getDb()): Promise<IssueHead | null> {
  const issue = await db.issue.findUnique({
    where: { id },
    select: {
      id: true,
      fileName: true,
      encoding: true,
      byteSize: true,
      rawText: true,
      date: true,
      dateSource: true,
      dateEvidence: true,
      dateConfidence: true,
      number: true,
      paper: true,
      weekday: true,
      lunarDate: true,
      ingestedAt: true,
    },
  });
  if (!issue) return null;
  const neighbours = await findNeighbours(issue, db);
  return {
    ...toIssueRef(issue),
    paper: issue.paper,
    encoding: issue.encoding,
    byteSize: issue.byteSize,
    dateSource: issue.dateSource,
    dateEvidence: issue.dateEvidence,
    dateConfidence: issue.dateConfidence,
    weekday: issue.weekday,
    lunarDate: issue.lunarDate,
    editor: findEditor(issue.rawText),
    ingestedAt: issue.ingestedAt.toISOString(),
    previous: neighbours.previous,
    next: neighbours.next,
  };
}

// The issue's articles with their items and the totals: the heavy half of the page (an issue may hold 1,000 articles).
const refSelect = { id: true, date: true, number: true, fileName: true } as const;

// The issues just before and after one in compareIssues order (date, undated last, then id): a few indexed lookups
// instead of loading every issue. Candidates are tried nearest first.
async function findNeighbours(issue: IssueRefInput, db: Db): Promise<{ previous: IssueRef | null; next: IssueRef | null }> {
  const first = (where: object, order: "asc" | "desc", byDate: boolean) =>
    db.issue.findFirst({
      where,
      orderBy: byDate ? [{ date: order }, { id: order }] : [{ id: order }],
      select: refSelect,
    });
  const { id, date } = issue;
  const [previous, next] = await Promise.all(
    date == null
      ? [
          first({ date: null, id: { lt: id } }, "desc", false).then(async (row) => row ?? first({ date: { not: null } }, "desc", true)),
          first({ date: null, id: { gt: id } }, "asc", false),
        ]
      : [
          first({ date, id: { lt: id } }, "desc", false).then(async (row) => row ?? first({ date: { lt: date } }, "desc", true)),
          first({ date, id: { gt: id } }, "asc", false).then(
            async (row) => row ?? (await first({ date: { gt: date } }, "asc", true)) ?? first({ date: null }, "asc", false),
          ),
        ],
  );
  return { previous: previous ? toIssueRef(previous) : null, next: next ? toIssueRef(next) : null };
}
