import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findPostgresBin } from "../support/postgres-cluster";

// The PostgreSQL tests never skip: without the server binaries they fail, saying how to install them.
describe("findPostgresBin", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const fakeRoot = (versions: string[]) => {
    const root = mkdtempSync(path.join(tmpdir(), "zhibiao-pgroot-"));
    dirs.push(root);
    for (const version of versions) {
      mkdirSync(path.join(root, version, "bin"), { recursive: true });
      writeFileSync(path.join(root, version, "bin", "pg_ctl"), "");
    }
    return root;
  };

  it("fails with the install command when no server is installed", () => {
    expect(() => findPostgresBin(fakeRoot([]))).toThrow("apt-get install -y postgresql");
    expect(() => findPostgresBin(path.join(tmpdir(), "zhibiao-no-such-folder"))).toThrow("apt-get install -y postgresql");
  });

  it("picks the newest installed major version", () => {
    const root = fakeRoot(["9", "15", "13"]);
    expect(findPostgresBin(root)).toBe(path.join(root, "15", "bin"));
  });
});
