/**
 * Debian's Chromium driven by playwright-core, for the browser tests (the IDE,
 * the explorer): how to launch it, whether to skip, where screenshots go, and
 * the checks that a page stayed on this server and raised no errors.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import type { RunningApi } from "./server.js";

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
/** Compiled to dist/test/support/, so three levels up is the project root. Screenshots are committed (see .gitignore) for review. */
const SCREENSHOTS = fileURLToPath(new URL("../../../test-artifacts/screenshots", import.meta.url));

/** Locally a missing Chromium skips the browser tests, saying how to get it; CI must never skip them. */
export function browserSkip(): string | false {
  if (existsSync(CHROMIUM) || process.env.CI === "true") return false;
  return `${CHROMIUM} is missing: apt-get install chromium to run the browser tests`;
}

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`CI must run the browser tests, but ${CHROMIUM} is missing: apt-get install chromium`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** Saves a screenshot under test-artifacts/screenshots/ for people to look at after a run. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, name) });
}

/** axe-core's audit, injected into the page as a test harness (not through the page's CSP); answers the serious and critical violations. */
export async function seriousAccessibilityViolations(page: Page): Promise<Array<{ id: string; impact: string; help: string; targets: string[] }>> {
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8"));
  const violations: any[] = await page.evaluate(async () => (await (globalThis as any).axe.run({ resultTypes: ["violations"] })).violations);
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n: any) => String(n.target)) }));
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
 * A page's checks over plain HTTP, as a describe block: each query it sends
 * (those `samples` give variables for) runs against the schema, and the page
 * is served with a CSP that keeps it on this server, with the `files` it links.
 */
export function describePageOverHttp(page: {
  readonly api: () => RunningApi;
  readonly path: string;
  readonly files: number;
  readonly queries: Readonly<Record<string, string>>;
  readonly samples: Readonly<Record<string, Record<string, unknown>>>;
}): void {
  describe("over HTTP", () => {
    for (const [name, variables] of Object.entries(page.samples)) {
      it(`query "${name}" runs against the schema`, async () => {
        const result = await page.api().query(page.queries[name], variables);
        assert.equal(result.errors, undefined, JSON.stringify(result.errors));
        assert.ok(result.data);
      });
    }

    it("serves the page with a CSP that keeps it on this server, and each file it links", async () => {
      const served = await assertPageFilesServed(`${new URL(page.api().url).origin}${page.path}`, page.path, page.files);
      assert.match(served.headers.get("content-security-policy") ?? "", /script-src 'self'.*connect-src 'self'/);
    });
  });
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
