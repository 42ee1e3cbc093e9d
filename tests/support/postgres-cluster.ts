import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

// A throwaway PostgreSQL server for the tests: initdb into a temporary folder, start on 127.0.0.1 with a free port,
// remove everything at the end. It uses Debian's server binaries (package postgresql), which .ci/run installs.

export type PostgresCluster = { adminUrl: string; bin: string; dir: string; stop: () => void };

const PG_ROOT = "/usr/lib/postgresql";

// The newest /usr/lib/postgresql/<major>/bin that has a server. Missing binaries are an error, never a skip.
export function findPostgresBin(root: string = PG_ROOT): string {
  const majors = existsSync(root)
    ? readdirSync(root)
        .filter((name) => /^\d+$/.test(name) && existsSync(path.join(root, name, "bin", "pg_ctl")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (majors.length === 0) {
    throw new Error(
      `The PostgreSQL tests need Debian's PostgreSQL server (${root}/<version>/bin/pg_ctl not found). ` +
        "Install it with `apt-get install -y postgresql` (.ci/run does this when it is missing).",
    );
  }
  return path.join(root, majors[0], "bin");
}

// PostgreSQL refuses to run as root: as root, the server runs as the `postgres` OS user (created by the Debian
// package) and owns the temporary folder; anyone else runs it as themselves.
function serverUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((entry) => entry.startsWith("postgres:"));
  if (!line) throw new Error("Running as root, but there is no `postgres` user to run the server as (apt-get install -y postgresql creates it)");
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

const RUNUSER = ["/usr/sbin/runuser", "/sbin/runuser"].find((file) => existsSync(file)) ?? "runuser";

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

// `durable`: keep PostgreSQL's default fsync and commit settings (the bench measures what a deployment gets); tests
// turn them off.
export async function startPostgresCluster(options: { durable?: boolean } = {}): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  const user = serverUser();
  const dir = mkdtempSync(path.join(tmpdir(), "zhibiao-pg-"));
  if (user) chownSync(dir, user.uid, user.gid);
  const data = path.join(dir, "data");
  const log = path.join(dir, "server.log");
  const run = (program: string, args: string[]) => {
    const [command, argv] = user ? [RUNUSER, ["-u", "postgres", "--", path.join(bin, program), ...args]] : [path.join(bin, program), args];
    const result = spawnSync(command, argv, { encoding: "utf8", cwd: dir });
    if (result.status !== 0) {
      const serverLog = existsSync(log) ? readFileSync(log, "utf8").slice(-2000) : "";
      throw new Error(`${program} ${args.join(" ")} failed (${result.status}): ${result.stderr || result.stdout}${serverLog}`);
    }
  };

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
      run("pg_ctl", ["-D", data, "-l", log, "-w", "-t", "30", "-o", settings, "start"]);
      break;
    } catch (error) {
      if (attempt >= 2) throw error; // the free port was taken between probing and binding: try another
    }
  }

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.off("exit", stop);
    try {
      run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  // If the test run dies before its teardown, the server must not outlive it.
  process.on("exit", stop);
  return { adminUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`, bin, dir, stop };
}

// Runs one SQL statement as the superuser, synchronously (psql), so test helpers that are synchronous today can use it.
export function psql(bin: string, url: string, sql: string): string {
  return execFileSync(path.join(bin, "psql"), ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql], {
    encoding: "utf8",
  });
}
