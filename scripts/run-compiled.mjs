// Runs a TypeScript CLI from a bundle compiled once, instead of transpiling every module at each call (tsx): the
// researchers' `npm run extract` is called per file from shell loops, and tsx's start cost ~1 s for ~5 ms of work.
// The bundle (.cache/cli/<name>.mjs, esbuild, npm packages left external) is rebuilt when any source file it was built
// from changed; the check is one stat per input file. Usage: node scripts/run-compiled.mjs <script name> [args…]
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const [name, ...args] = process.argv.slice(2);
if (!name || !/^[a-z-]+$/.test(name)) {
  process.stderr.write("usage: node scripts/run-compiled.mjs <script> [args…]\n");
  process.exit(2);
}
const outDir = path.join(root, ".cache", "cli");
const bundle = path.join(outDir, `${name}.mjs`);
const stampFile = path.join(outDir, `${name}.inputs.json`);

function isCurrent() {
  try {
    const inputs = JSON.parse(readFileSync(stampFile, "utf8"));
    statSync(bundle);
    return Object.entries(inputs).every(([file, mtime]) => statSync(path.join(root, file)).mtimeMs === mtime);
  } catch {
    return false;
  }
}

async function compile() {
  const { build } = await import("esbuild");
  mkdirSync(outDir, { recursive: true });
  // Written beside the final name and renamed, so two first calls at once never run a half-written bundle.
  const temporary = `${bundle}.${process.pid}.tmp`;
  const result = await build({
    entryPoints: [path.join(root, "scripts", `${name}.ts`)],
    outfile: temporary,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: path.join(root, "tsconfig.json"),
    metafile: true,
    absWorkingDir: root,
    logLevel: "error",
  });
  const inputs = {};
  for (const file of Object.keys(result.metafile.inputs)) inputs[file] = statSync(path.join(root, file)).mtimeMs;
  renameSync(temporary, bundle);
  writeFileSync(stampFile, JSON.stringify(inputs));
}

if (!isCurrent()) await compile();
process.argv = [process.argv[0], bundle, ...args];
await import(pathToFileURL(bundle).href);
