/**
 * The GraphQL IDE end to end: the app runs in-process on the embedded store
 * with the seed, and Debian's Chromium (driven by playwright-core) opens
 * GET /graphql, runs queries in GraphiQL and sees their results. It proves the
 * IDE works offline — every request the page makes goes to this server — and
 * that every example tab the IDE offers still runs against the schema.
 * Without Chromium the browser half is skipped locally and fails in CI.
 */
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import type { Browser, Page } from "playwright-core";
import { IDE_EXAMPLES } from "../../src/server/ide/examples.js";
import { assertPageFilesServed, browserSkip, launchChromium, saveScreenshot, watchedPage, type WatchedPage } from "../support/browser.js";
import { embeddedStore } from "../support/stores.js";
import { startApi, type RunningApi } from "../support/server.js";

/** GraphiQL's first tab is the first example, which finds this person. */
const DEFAULT_QUERY_FINDS = '"person:nguyen-ngo-quang"';
/** Named, so the tab title shows when GraphiQL has taken in the edit. */
const TYPED_QUERY = `query TypedPath {
  path(from: "person:ngo-chi-dung", to: "person:dao-hong-lan") { found length nodes { id name } }
}`;

/** Waits until GraphiQL's result panel shows the text; its editor renders the JSON as text lines. */
async function waitForResult(page: Page, text: string): Promise<string> {
  const result = page.locator(".graphiql-response", { hasText: text });
  await result.waitFor({ timeout: 30_000 });
  return result.innerText();
}

describe("GraphQL IDE", { timeout: 120_000 }, () => {
  let api: RunningApi | undefined;
  let origin = "";

  before(async () => {
    api = await startApi(embeddedStore());
    origin = new URL(api.url).origin;
  });

  after(() => api?.close());

  describe("over HTTP", () => {
    for (const example of IDE_EXAMPLES) {
      it(`example "${example.name}" runs without errors`, async () => {
        const result = await api!.query(example.query);
        assert.equal(result.status, 200);
        assert.equal(result.errors, undefined, JSON.stringify(result.errors));
        assert.ok(result.data);
      });
    }

    it("serves the page to browsers and each file it links with a long cache; other /ide/ paths are 404", async () => {
      // React, ReactDOM, GraphiQL's script and stylesheet, and the start script.
      await assertPageFilesServed(`${origin}/graphql`, "/ide", 5, { accept: "text/html" });
    });
  });

  describe("in Chromium", { skip: browserSkip() }, () => {
    let browser: Browser | undefined;
    let watched: WatchedPage;
    let page: Page;

    before(async () => {
      browser = await launchChromium();
      watched = await watchedPage(browser);
      page = watched.page;
    });

    after(async () => {
      await browser?.close();
    });

    it("loads the IDE from this server alone", async () => {
      await page.goto(`${origin}/graphql`, { waitUntil: "networkidle" });
      assert.equal(await page.title(), "Health cooperation knowledge graph — GraphQL");
      await page.locator(".graphiql-query-editor .CodeMirror").waitFor();
      assert.equal(await page.locator(".graphiql-tab").count(), IDE_EXAMPLES.length, "one tab per example");
      assert.equal(await page.getByRole("link", { name: "Open the graph explorer" }).getAttribute("href"), "/explorer");
      watched.assertAllRequestsStayedAt(origin);
      watched.assertNoErrors();
    });

    it("runs the default query", async () => {
      await page.locator(".graphiql-execute-button").click();
      assert.ok((await waitForResult(page, DEFAULT_QUERY_FINDS)).includes('"EXACT"'));
    });

    it("runs a query typed into the editor", async () => {
      await page.locator(".graphiql-query-editor .CodeMirror").click();
      await page.keyboard.press("ControlOrMeta+a");
      // insertText, unlike typed keys, skips the editor's bracket closing and autocompletion.
      await page.keyboard.insertText(TYPED_QUERY);
      // GraphiQL reads the operation name a moment after an edit; running sooner would send the old one.
      await page.locator(".graphiql-tab-active", { hasText: "TypedPath" }).waitFor();
      await page.locator(".graphiql-execute-button").click();
      const result = await waitForResult(page, '"found": true');
      assert.ok(result.includes('"person:dao-hong-lan"'));
      await saveScreenshot(page, "ide.png");
      watched.assertAllRequestsStayedAt(origin);
      watched.assertNoErrors();
    });
  });
});
