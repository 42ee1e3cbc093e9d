import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findDebianPostgresBin, findNpmPostgresBin, findPostgresServer, removeStaleClusters } from "../support/postgres-cluster";

// The PostgreSQL tests never skip: they run on Debian's server when it is installed, else on the one npm installed.
// "" as the choice is the default (no ZHIBIAO_TEST_POSTGRES), whatever the environment running these tests sets.
describe("finding the PostgreSQL server", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const tempDir = (prefix: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
  const fakeRoot = (versions: string[]) => {
    const root = tempDir("zhibiao-pgroot-");
    for (const version of versions) {
      mkdirSync(path.join(root, version, "bin"), { recursive: true });
      writeFileSync(path.join(root, version, "bin", "pg_ctl"), "");
    }
    return root;
  };

  it("finds no Debian server in an empty or missing folder", () => {
    expect(findDebianPostgresBin(fakeRoot([]))).toBeNull();
    expect(findDebianPostgresBin(path.join(tmpdir(), "zhibiao-no-such-folder"))).toBeNull();
  });

  it("picks the newest installed Debian major version", () => {
    const root = fakeRoot(["9", "15", "13"]);
    expect(findDebianPostgresBin(root)).toBe(path.join(root, "15", "bin"));
    expect(findPostgresServer("", root)).toMatchObject({ source: "debian", bin: path.join(root, "15", "bin") });
  });

  it("falls back to the npm server, whose binaries include pg_trgm", () => {
    const npm = findNpmPostgresBin();
    expect(npm).not.toBeNull();
    const server = findPostgresServer("", fakeRoot([]));
    expect(server).toMatchObject({ source: "npm", bin: npm });
    const native = path.dirname(server.bin);
    for (const file of ["bin/initdb", "bin/pg_ctl", "bin/postgres", "lib/postgresql/pg_trgm.so", "share/postgresql/extension/pg_trgm.control"]) {
      expect(existsSync(path.join(native, file)), file).toBe(true);
    }
  });

  it("honours ZHIBIAO_TEST_POSTGRES and refuses other values", () => {
    expect(findPostgresServer("npm", fakeRoot(["17"])).source).toBe("npm");
    expect(() => findPostgresServer("debian", fakeRoot([]))).toThrow("Debian's PostgreSQL server is not installed");
    expect(() => findPostgresServer("system", fakeRoot([]))).toThrow('ZHIBIAO_TEST_POSTGRES must be "npm" or "debian"');
  });

  it("removes clusters whose owning process is gone and leaves live and foreign ones", () => {
    const parent = tempDir("zhibiao-pgparent-");
    const make = (name: string, owner?: number) => {
      mkdirSync(path.join(parent, name, "data"), { recursive: true });
      if (owner !== undefined) writeFileSync(path.join(parent, name, "owner.pid"), String(owner));
      return path.join(parent, name);
    };
    const deadPid = spawnSync(process.execPath, ["-e", ""]).pid; // exited and reaped: no process has this pid now
    const stale = make("zhibiao-pg-stale", deadPid);
    const live = make("zhibiao-pg-live", process.pid);
    const foreign = make("zhibiao-pg-foreign");
    const other = make("other-dir", deadPid);
    expect(removeStaleClusters(parent)).toEqual([stale]);
    expect([stale, live, foreign, other].map((dir) => existsSync(dir))).toEqual([false, true, true, true]);
  });
});
