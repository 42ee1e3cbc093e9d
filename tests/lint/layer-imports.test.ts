import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layers text ← gazetteer ← extract ← track ← ingest ← data ← app are enforced by no-restricted-imports in
// eslint.config.mjs. These fixtures lint as if they sat in the layer named by their path.
const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("import direction between layers", () => {
  it("reports the gazetteer importing from lib/extract, by alias and by relative path", async () => {
    const byAlias = await layerErrors(
      "lib/gazetteer/layer-fixture.ts",
      'import type { ExtractedPlace } from "@/lib/extract/types";\nexport type T = ExtractedPlace;\n',
    );
    expect(byAlias).toHaveLength(1);
    expect(byAlias[0]).toMatch(/lib\/gazetteer must not import from extract/);
    const relative = await layerErrors("lib/gazetteer/layer-fixture.ts", 'export { extractAll } from "../extract";\n');
    expect(relative).toHaveLength(1);
  });

  it("reports lib/text importing the gazetteer and lib/extract importing lib/ingest or lib/data", async () => {
    expect(await layerErrors("lib/text/layer-fixture.ts", 'export { TOWNSHIPS } from "@/lib/gazetteer";\n')).toHaveLength(1);
    expect(await layerErrors("lib/extract/layer-fixture.ts", 'export { storeIssue } from "../ingest/store-issue";\n')).toHaveLength(1);
    expect(await layerErrors("lib/ingest/layer-fixture.ts", 'export { listTownships } from "@/lib/data/townships/list-townships";\n')).toHaveLength(1);
    expect(await layerErrors("lib/data/layer-fixture.ts", 'export { default } from "@/app/page";\n')).toHaveLength(1);
  });

  it("keeps goal tracking below ingestion and above extraction", async () => {
    const [message] = await layerErrors("lib/track/layer-fixture.ts", 'export { linkIssue } from "../ingest/link-goals";\n');
    expect(message).toMatch(/lib\/track must not import from ingest/);
    expect(await layerErrors("lib/extract/layer-fixture.ts", 'export { proposeStatus } from "@/lib/track/propose-status";\n')).toHaveLength(1);
    expect(await layerErrors("lib/track/layer-fixture.ts", 'export { extractAll } from "@/lib/extract";\n')).toEqual([]);
  });

  it("lets every layer import the layers below it", async () => {
    expect(await layerErrors("lib/extract/layer-fixture.ts", 'export { TOWNSHIPS } from "@/lib/gazetteer";\nexport { buildTrie } from "@/lib/text/trie";\n')).toEqual([]);
    expect(await layerErrors("lib/gazetteer/layer-fixture.ts", 'export { buildTrie } from "../text/trie";\n')).toEqual([]);
    expect(await layerErrors("app/layer-fixture.ts", 'export { listTownships } from "@/lib/data/townships/list-townships";\n')).toEqual([]);
  });
});
