/**
 * Debian's Chromium driven by playwright-core, for the browser tests (the IDE,
 * the explorer): how to launch it, whether to skip, where screenshots go, and
 * the checks that a page stayed on this server and raised no errors.
 */
import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
/** Compiled to dist/test/support/, so three levels up is the project root. */
const ARTIFACTS = fileURLToPath(new URL("../../../test-artifacts", import.meta.url));

/** Locally a missing Chromium skips the browser tests, saying how to get it; CI must never skip them. */
export function browserSkip(): string | false {
  if (existsSync(CHROMIUM) || process.env.CI === "true") return false;
  return `${CHROMIUM} is missing: apt-get install chromium to run the browser tests`;
}

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`CI must run the browser tests, but ${CHROMIUM} is missing: apt-get install chromium`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** Saves a screenshot under test-artifacts/ for people to look at after a run. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, name) });
}

/** A page that records every request it makes and every error it raises. */
export interface WatchedPage {
  readonly page: Page;
  /** Fails unless the page made requests and every one went to `origin`. */
  assertAllRequestsStayedAt(origin: string): void;
  /** Fails on any uncaught error or console error (where a blocked file or a CSP violation shows). */
  assertNoErrors(): void;
}

export async function watchedPage(browser: Browser, viewport = { width: 1400, height: 900 }): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => void requests.push(request.url()));
  page.on("pageerror", (error) => void errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return {
    page,
    assertAllRequestsStayedAt(origin) {
      assert.ok(requests.length > 0, "the page made no requests at all");
      const elsewhere = requests.filter((url) => new URL(url).origin !== origin);
      assert.deepEqual(elsewhere, [], `requests that left ${origin}`);
    },
    assertNoErrors() {
      assert.deepEqual(errors, []);
    },
  };
}

/**
 * Fetches a page the server renders and every file it links under `prefix`:
 * each must answer with its content type and a year-long cache, and other
 * paths under the prefix 404. Answers the page's response for further checks.
 */
export async function assertPageFilesServed(url: string, prefix: string, files: number, headers: Record<string, string> = {}): Promise<Response> {
  const page = await fetch(url, { headers });
  assert.equal(page.status, 200);
  assert.match(page.headers.get("content-type") ?? "", /^text\/html/);
  const html = await page.text();
  const links = [...html.matchAll(new RegExp(`(?:src|href)="(${prefix}/[^"]+)"`, "g"))].map((m) => m[1]!);
  assert.equal(links.length, files, `files linked under ${prefix}: ${links.join(", ")}`);
  const origin = new URL(url).origin;
  for (const link of links) {
    const file = await fetch(`${origin}${link}`);
    assert.equal(file.status, 200, link);
    assert.match(file.headers.get("content-type") ?? "", link.endsWith(".css") ? /^text\/css/ : /^text\/javascript/);
    assert.match(file.headers.get("cache-control") ?? "", /max-age=31536000/);
    await file.arrayBuffer();
  }
  const missing = await fetch(`${origin}${prefix}/nothing/here.js`);
  assert.equal(missing.status, 404);
  await missing.text();
  return page;
}
