import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

// A fingerprint of everything `next build` depends on, so a second start (or test run) with unchanged sources skips the build.
const INPUTS = ["app", "lib", "public", "next.config.mjs", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];

export function sourceStamp(root: string): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) addToStamp(hash, root, path.join(root, input));
  return hash.digest("hex");
}

export function distDir(root: string): string {
  return path.join(root, process.env.NEXT_DIST_DIR || ".next");
}

export function isBuildCurrent(root: string): boolean {
  const stampFile = path.join(distDir(root), "zhibiao-build-stamp");
  return existsSync(path.join(distDir(root), "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === sourceStamp(root);
}

export function recordBuild(root: string): void {
  writeFileSync(path.join(distDir(root), "zhibiao-build-stamp"), sourceStamp(root));
}

function addToStamp(hash: ReturnType<typeof createHash>, root: string, file: string) {
  if (!existsSync(file)) return;
  const stat = statSync(file);
  if (stat.isDirectory()) {
    if (path.basename(file) === "generated") return;
    for (const name of readdirSync(file).sort()) addToStamp(hash, root, path.join(file, name));
    return;
  }
  hash.update(`${path.relative(root, file)}:${stat.size}:${stat.mtimeMs}\n`);
}
