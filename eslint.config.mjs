import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Layers, lowest first: text ← gazetteer ← extract ← track ← ingest ← data ← app. A layer imports only from layers below it,
// so the rules (extract) never depend on storage or pages, and the facts (gazetteer) never on the grammar that reads
// them. Each layer's forbidden imports are the layers above it, by alias (@/lib/extract) or relative path (../extract).
const LAYERS = ["text", "gazetteer", "extract", "track", "ingest", "data", "app"];

const pathOf = (layer) => (layer === "app" ? "app" : `lib/${layer}`);

function layerRule(layer, index) {
  const above = LAYERS.slice(index + 1);
  const names = above.map((l) => (l === "app" ? "app" : `(?:lib/)?${l}`)).join("|");
  return {
    files: [`${pathOf(layer)}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: `^(?:@/lib/(?:${above.filter((l) => l !== "app").join("|") || "$^"})|@/app|(?:\\.\\./)+(?:${names}))(?:/|$)`,
              message: `lib layers run text ← gazetteer ← extract ← track ← ingest ← data ← app: ${pathOf(layer)} must not import from ${above.join(", ")}.`,
            },
          ],
        },
      ],
    },
  };
}

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ["node_modules/**", ".next/**", ".next-*/**", "lib/generated/**", "next-env.d.ts", "bench/out/**", "test-results/**", ".cache/**"] }, // .cache: the compiled CLI bundle (scripts/run-compiled.mjs)
  ...LAYERS.slice(0, -1).map(layerRule),
];

export default config;
