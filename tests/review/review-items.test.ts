import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestFile } from "@/lib/ingest/ingest-file";
import { reextractIssues } from "@/lib/ingest/reextract-issues";
import { addIndicator, reviewGoal, reviewIndicator } from "@/lib/review/review-items";
import { SEED_FILES, useTempDatabase } from "../ingest/support";

describe("review decisions", () => {
  let ctx: ReturnType<typeof useTempDatabase>;
  beforeEach(async () => {
    ctx = useTempDatabase();
    const result = await ingestFile(ctx.db, { path: SEED_FILES[1] }, { source: "cli" });
    expect(result.status).toBe("stored");
  });
  afterEach(async () => {
    await ctx.cleanup();
  });

  const indicatorByText = (text: string) => ctx.db.indicator.findFirstOrThrow({ where: { text }, orderBy: { id: "asc" } });

  it("keeps corrections, confirmations, rejections, added numbers and goal statuses through re-extraction", async () => {
    const corrected = await indicatorByText("7500斤");
    const rejected = await indicatorByText("4名");
    const confirmed = (await ctx.db.indicator.findMany({ where: { unit: "吨" }, orderBy: { id: "asc" }, include: { article: true } }))[0];
    await reviewIndicator(ctx.db, "董玲", { action: "correct", id: corrected.id, fields: { metric: "首批捐赠蔬菜", value: 7500 } });
    await reviewIndicator(ctx.db, "董玲", { action: "reject", id: rejected.id });
    await reviewIndicator(ctx.db, "董玲", { action: "confirm", id: confirmed.id });

    // A number the rules do not report: "三个方面" — an editor adds it by selecting the words.
    const article = await ctx.db.article.findFirstOrThrow({ where: { text: { contains: "重点要在三个方面下功夫" } } });
    const start = article.text.indexOf("三个方面");
    await addIndicator(ctx.db, "董玲", {
      articleId: article.id,
      start,
      end: start + 2,
      fields: { value: 3, unit: "个", metric: "工作重点" },
    });
    const goal = await ctx.db.goal.findFirstOrThrow({ orderBy: { id: "asc" } });
    await reviewGoal(ctx.db, "董玲", { action: "status", id: goal.id, status: "进行中", evidence: "见后续报道" });

    const results = await reextractIssues(ctx.db);
    expect(results.map((r) => r.status)).toEqual(["replaced"]);

    const afterCorrected = await indicatorByText("7500斤");
    expect(afterCorrected.id).toBe(corrected.id); // rebuilt, and under the same id: links to it stay valid
    expect(afterCorrected).toMatchObject({ review: "corrected", metric: "首批捐赠蔬菜", value: 7500 }); // …and the decision re-attached
    expect((await indicatorByText("4名")).review).toBe("rejected");
    const sameConfirmed = await ctx.db.indicator.findFirstOrThrow({
      where: { text: confirmed.text, start: confirmed.start, article: { position: confirmed.article.position } },
    });
    expect(sameConfirmed.review).toBe("confirmed");
    const added = await ctx.db.indicator.findFirstOrThrow({ where: { text: "三个", review: "added" } });
    expect(added).toMatchObject({ review: "added", value: 3, unit: "个" });
    const sameGoal = await ctx.db.goal.findFirstOrThrow({ where: { text: goal.text, start: goal.start } });
    expect(sameGoal).toMatchObject({ status: "进行中", statusEvidence: "见后续报道" });

    const audit = await ctx.db.auditLog.findMany();
    expect(audit.map((a) => a.action).sort()).toEqual(["goal-status", "review", "review", "review", "review"]);
  });

  it("refuses an unknown item or township without changing anything", async () => {
    await expect(reviewIndicator(ctx.db, "董玲", { action: "confirm", id: 999_999 })).rejects.toThrow("指标 999999 不存在");
    const item = await indicatorByText("7500斤");
    await expect(
      reviewIndicator(ctx.db, "董玲", { action: "correct", id: item.id, fields: { township: "不存在镇" } }),
    ).rejects.toThrow("未知的乡镇街道“不存在镇”");
    expect((await indicatorByText("7500斤")).review).toBe("machine");
    expect(await ctx.db.reviewDecision.count()).toBe(0);
    expect(await ctx.db.auditLog.count()).toBe(0);
  });
});
