import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listMovedSeries } from "@/lib/data/overview/list-moved-series";
import { ingestFile } from "@/lib/ingest/ingest-file";
import { SEED_FILES, useTempDatabase } from "../ingest/support";
import { FOLLOWUP_FILES } from "../track/followups";

// Issue #11 §2: the overview's "core numbers that moved" joins only one subject's figures. 梅山村's 签约率 (100%,
// f01) and 溪口村's (45%, f05) are both 石梁镇's: keyed by the township alone they were one series, 100% → 45%.
describe("core numbers that moved", () => {
  let ctx: ReturnType<typeof useTempDatabase>;
  beforeAll(async () => {
    ctx = useTempDatabase();
    const followups = FOLLOWUP_FILES.filter((f) => /f0[15]_/.test(f));
    for (const file of [SEED_FILES[0], ...followups]) await ingestFile(ctx.db, { path: file }, { source: "cli" });
  }, 300_000);
  afterAll(async () => {
    await ctx.cleanup();
  });

  it("keeps two projects' rates apart and follows one project across its spellings", async () => {
    const series = await listMovedSeries({ limit: 50 }, ctx.db);
    const signing = series.filter((s) => s.key.startsWith("签约率|"));
    // one project: 下刘、四都刘村征收项目 78% (f01, no campaign named) → 下刘村、四都刘村房屋征收项目 100% (f05)
    const project = signing.find((s) => s.key === "签约率|下刘、四都刘|percent");
    expect(project).toMatchObject({ first: { value: 78 }, last: { value: 100 }, change: 22 });
    // and no series runs from one village's figure to another's
    for (const s of signing) expect(s.first.text === "100%" && s.last.text === "45%", s.key).toBe(false);
    expect(signing.map((s) => s.key)).not.toContain("签约率|石梁镇|percent");
  });
});
