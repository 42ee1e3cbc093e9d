// Sign-in probe (issue #13 §5): 200 wrong passwords sent to a running production server the way a form without
// JavaScript sends them (the /login form's own hidden action fields, multipart), one after another. Reports how many
// were checked against the password and how many were throttled, and how many the audit log holds.
//
//   npx tsx bench/probe-sign-in.ts [--attempts 200]
//
// Results: bench/RESULTS.md §12. tests/auth/session-store.test.ts covers the same rules without a server.
import { rmSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { seededProbeDatabase } from "./probe-database";

const { values } = parseArgs({ options: { attempts: { type: "string" } } });
const attempts = z.coerce.number().int().min(1).max(2000).default(200).parse(values.attempts);

const { buildIfNeeded, startAppServer } = await import("../tests/e2e/support/app-server");
const { dir, databaseUrl, db } = await seededProbeDatabase("zhibiao-sign-in-");
buildIfNeeded();
const server = await startAppServer({ DATABASE_URL: databaseUrl, ZHIBIAO_EDITOR_PASSWORD: "the-right-password", ZHIBIAO_SECURE_COOKIES: "0" });

const sessionsBefore = await db.editorSession.count(); // the probe database's own editor session
const outcomes = new Map<string, number>();
const started = performance.now();
let slowestMs = 0;
try {
  const page = await (await fetch(`${server.baseURL}/login`)).text();
  const form = page.slice(page.indexOf("<form"), page.indexOf("</form>"));
  const hidden = [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map((m) => [m[1], (m[2] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&")]);
  if (!hidden.some(([name]) => name.startsWith("$ACTION"))) throw new Error("the /login form carries no server action fields");
  for (let k = 0; k < attempts; k++) {
    const body = new FormData();
    for (const [name, value] of hidden) body.append(name, value);
    body.append("editor", "董玲");
    body.append("password", `guess-${k}`);
    const t = performance.now();
    const response = await fetch(`${server.baseURL}/login`, { method: "POST", body, redirect: "manual" });
    const html = await response.text();
    slowestMs = Math.max(slowestMs, performance.now() - t);
    const outcome = html.includes("密码不正确")
      ? "password checked: 密码不正确"
      : html.includes("登录失败次数过多")
        ? "throttled: 登录失败次数过多"
        : response.status >= 300 && response.status < 400
          ? `${response.status} redirect (signed in?)`
          : `${response.status} other`;
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  }
} finally {
  await server.stop();
}
const wallMs = performance.now() - started;
const audit = await db.auditLog.groupBy({ by: ["action"], _count: { _all: true }, where: { action: { startsWith: "sign-in" } } });
const sessions = await db.editorSession.count();
await db.$disconnect();
rmSync(dir, { recursive: true, force: true });

console.log(`## ${attempts} wrong passwords (${new Date().toISOString().slice(0, 16)} UTC, load ${(await import("node:os")).loadavg()[0].toFixed(1)})\n`);
console.log(`| outcome | attempts |\n| --- | --- |`);
for (const [outcome, n] of outcomes) console.log(`| ${outcome} | ${n} |`);
console.log(`\nAudit log: ${audit.map((a) => `${a.action} ×${a._count._all}`).join(", ")}; sessions opened by the attempts: ${sessions - sessionsBefore}.`);
console.log(`Wall time ${(wallMs / 1000).toFixed(1)} s, slowest answer ${(slowestMs / 1000).toFixed(2)} s.`);
