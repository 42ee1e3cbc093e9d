import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";

export type MachineInfo = {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  os: string;
  date: string;
  loadAverage: number[];
  code: string;
};

// What the numbers were measured on: model name from /proc/cpuinfo (Linux), else what os.cpus() says.
export function describeMachine(): MachineInfo {
  let cpu = os.cpus()[0]?.model ?? "unknown";
  try {
    const line = readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .find((l) => l.startsWith("model name"));
    if (line) cpu = line.split(":")[1].trim();
  } catch {
    // not Linux: keep os.cpus()
  }
  return {
    cpu,
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
    loadAverage: os.loadavg().map((x) => Math.round(x * 10) / 10), // 1, 5, 15 min: was the machine shared?
    code: describeCode(),
  };
}

// Which code was measured: the commit, and whether the work tree had changes on top of it.
function describeCode(): string {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const changed = execFileSync("git", ["status", "--porcelain"], { encoding: "utf8" }).split("\n").filter(Boolean).length;
    return changed ? `${commit} + ${changed} uncommitted changes` : commit;
  } catch {
    return "unknown (not a git checkout)";
  }
}
