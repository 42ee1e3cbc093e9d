// Hostile-input probe (issue #13 §1): how long extraction takes on long runs of digits and letters, and whether the
// running site keeps answering other visitors while such files are uploaded.
//
//   npx tsx bench/probe-hostile-input.ts            # both parts (part 2 builds the app when the sources changed)
//   npx tsx bench/probe-hostile-input.ts --no-server
//   npx tsx bench/probe-hostile-input.ts --no-in-process   # part 2 only
//
// Part 1, in this process: the non-quantity regex alone and the whole preparation (decode → parse → extract) of
// synthetic files. Part 2: a production server on a temporary database with the seeds; an editor session; uploads of
// 4.9 MB files while another client requests /issues every 100 ms; reports each upload's answer and time and the
// other client's slowest answer. Results: bench/RESULTS.md §9.
import { rmSync } from "node:fs";
import { findNonQuantitySpans } from "../lib/extract/non-quantities";
import { prepareIssue } from "../lib/ingest/prepare-issue";
import { PROBE_PASSWORD, seededProbeDatabase } from "./probe-database";

const KB = 1024;
const MB = 1024 * KB;
const PROSE = "柯城区今年完成入户调查三百户，确保圆满完成全年目标任务，群众满意度达到百分之九十以上。";
const header = `今日柯城\n\n柯城新闻\n${PROSE}\n`;

// Runs of one character class, as one line or broken into lines of `width` characters.
function run(chars: string, bytes: number, width?: number): string {
  let body = "";
  let k = 0;
  while (body.length < bytes) body += chars[k++ % chars.length];
  if (!width) return body;
  const lines: string[] = [];
  for (let i = 0; i < body.length; i += width) lines.push(body.slice(i, i + width));
  return lines.join("\n");
}

const FILES: { name: string; text: () => string }[] = [
  { name: "digits-160k-one-line.txt", text: () => header + run("1234567890", 160 * KB) },
  { name: "digits-160k-lines-10000.txt", text: () => header + run("1234567890", 160 * KB, 10_000) },
  { name: "digits-4.9m-one-line.txt", text: () => header + run("1234567890", 4.9 * MB) },
  { name: "digits-4.9m-lines-80.txt", text: () => header + run("1234567890", 4.9 * MB, 80) },
  { name: "letters-4.9m-lines-80.txt", text: () => header + run("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ", 4.9 * MB, 80) },
  { name: "letters-4.9m-one-line.txt", text: () => header + run("abcdefghijklmnopqrstuvwxyz", 4.9 * MB) },
  { name: "digits-separators-4.9m-lines-80.txt", text: () => header + run("12.5 34,6 7+8 9·0 1:2 ", (4.9 * MB) / 1.06, 80) },
  { name: "letters-separators-4.9m-lines-80.txt", text: () => header + run("ab+cd·ef gh,ij; ", (4.9 * MB) / 1.08, 80) },
  // Chinese characters among digits and letters: 3 bytes each, so fewer characters fit in 4.9 MB.
  { name: "mixed-4.9m-lines-80.txt", text: () => header + run("户12ab34柯5城6", (4.9 * MB) / 1.6, 80) },
  { name: "mixed-marks-4.9m-lines-80.txt", text: () => header + run("户1，户2，柯3。", (4.9 * MB) / 2.4, 80) },
  { name: "mixed-sparse-4.9m-lines-80.txt", text: () => header + run(`户${"1234567890".repeat(10)}，`, (4.9 * MB) / 1.05, 80) },
  { name: "prose-4.9m.txt", text: () => header + Array.from({ length: Math.ceil((4.9 * MB) / 3 / (PROSE.length + 1)) }, (_, i) => (i % 40 === 0 ? `第${i}条消息\n` : "") + PROSE).join("\n") },
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function partOne() {
  console.log("## part 1: in process (one core)\n");
  console.log("| input | non-quantity regex alone | prepareIssue | outcome |\n| --- | --- | --- | --- |");
  for (const file of FILES) {
    const text = file.text();
    const bytes = new TextEncoder().encode(text);
    let t = performance.now();
    findNonQuantitySpans(text);
    const regexMs = performance.now() - t;
    t = performance.now();
    const prepared = prepareIssue({ fileName: file.name, bytes }, { maxBytes: 5 * MB });
    const prepareMs = performance.now() - t;
    const outcome = prepared.ok ? `extracted: ${prepared.processed.articles.length} articles` : `refused (${prepared.code}): ${prepared.message.slice(0, 110)}`;
    console.log(`| ${file.name} (${(bytes.byteLength / MB).toFixed(2)} MB) | ${seconds(regexMs)} | ${seconds(prepareMs)} | ${outcome} |`);
  }
}

async function partTwo() {
  const { buildIfNeeded, startAppServer } = await import("../tests/e2e/support/app-server");
  const { dir, databaseUrl, db, token } = await seededProbeDatabase("zhibiao-probe-");
  buildIfNeeded();
  const server = await startAppServer({ DATABASE_URL: databaseUrl, ZHIBIAO_EDITOR_PASSWORD: PROBE_PASSWORD, ZHIBIAO_SECURE_COOKIES: "0" });
  console.log(`\n## part 2: uploads to a running server (${server.baseURL}) while another visitor loads /issues every 100 ms\n`);
  console.log("| upload | answer | time | /issues answers meanwhile | slowest | median |\n| --- | --- | --- | --- | --- | --- |");
  try {
    // Warm the pages and the upload worker first (a first request compiles nothing in production, but loads modules).
    await fetch(`${server.baseURL}/issues`);
    for (const file of FILES.filter((f) => f.name.includes("4.9m"))) {
      const text = file.text();
      const latencies: number[] = [];
      let polling = true;
      const poller = (async () => {
        while (polling) {
          const t = performance.now();
          const response = await fetch(`${server.baseURL}/issues`);
          await response.arrayBuffer();
          latencies.push(performance.now() - t);
          await new Promise((r) => setTimeout(r, 100));
        }
      })();
      const form = new FormData();
      form.append("files", new File([text], file.name, { type: "text/plain" }));
      const t = performance.now();
      const response = await fetch(`${server.baseURL}/api/ingest`, { method: "POST", body: form, headers: { cookie: `zhibiao_session=${token}`, origin: server.baseURL } });
      const uploadMs = performance.now() - t;
      const body = (await response.json()) as { results?: { status: string; code?: string; message?: string }[]; error?: string };
      polling = false;
      await poller;
      const sorted = [...latencies].sort((a, b) => a - b);
      const result = body.results?.[0];
      const answer = result ? `${response.status} ${result.status}${result.code ? ` (${result.code})` : ""}` : `${response.status} ${body.error}`;
      console.log(
        `| ${file.name} | ${answer} | ${seconds(uploadMs)} | ${latencies.length} | ${seconds(sorted.at(-1) ?? 0)} | ${seconds(sorted[Math.floor(sorted.length / 2)] ?? 0)} |`,
      );
    }
  } finally {
    await server.stop();
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!process.argv.includes("--no-in-process")) partOne();
if (!process.argv.includes("--no-server")) await partTwo();
