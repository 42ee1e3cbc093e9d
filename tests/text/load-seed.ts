import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const SEEDS = join(__dirname, "..", "..", "seeds");

// Seed issues by their numeric prefix ("000" … "004").
export function seedFileName(prefix: string): string {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(`${prefix}_`) && f.endsWith(".txt"));
  if (!name) throw new Error(`no seed ${prefix}`);
  return name;
}

export function seedBytes(prefix: string): Uint8Array {
  return readFileSync(join(SEEDS, seedFileName(prefix)));
}

export function seedText(prefix: string): string {
  return readFileSync(join(SEEDS, seedFileName(prefix)), "utf8");
}
