import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));

export const SCREENSHOT_DIR = path.resolve(here, "../../../test-results/screenshots");

const DEBIAN_CHROMIUM = "/usr/bin/chromium";
export const INSTALL_CHROMIUM = 'sudo sh -c "apt-get update && apt-get install -y chromium"';

// The browser the tests drive: CHROMIUM_PATH, else Debian's chromium. Playwright's own browser download is not
// reachable here, so Debian's package it is. No CJK font package is needed: the pages bring their own (app/globals.css).
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || DEBIAN_CHROMIUM;
}

// Called by the e2e globalSetup before anything else: a missing Debian chromium is installed when we are root (as
// `.ci/run` used to do), saying so in one line; anyone else gets one line naming the command to run.
export function ensureChromium(): void {
  const browser = chromiumPath();
  if (existsSync(browser)) return;
  if (browser !== DEBIAN_CHROMIUM) throw new Error(`CHROMIUM_PATH=${browser} does not exist`);
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) {
    throw new Error(`The browser tests need Debian's chromium (${DEBIAN_CHROMIUM} is missing): run ${INSTALL_CHROMIUM}`);
  }
  console.log(`Browser tests: ${DEBIAN_CHROMIUM} is missing, installing Debian's chromium (apt-get install -y chromium)`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update", "-qq"], ["install", "-y", "-qq", "chromium"]]) {
    const result = spawnSync("apt-get", args, { env, encoding: "utf8" });
    if (result.status !== 0) {
      throw new Error(`apt-get ${args.join(" ")} failed (${result.error?.message ?? result.status}): ${(result.stderr || result.stdout).slice(-2000)}`);
    }
  }
  if (!existsSync(DEBIAN_CHROMIUM)) throw new Error(`apt-get installed chromium, but ${DEBIAN_CHROMIUM} is still missing`);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
    ],
  });
}

// Collects console errors and failed requests so each test can assert the page was clean.
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
