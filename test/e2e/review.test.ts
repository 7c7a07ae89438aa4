/**
 * The review desk end to end: the app runs in-process on the embedded store
 * with the seed and a curator's key; an article of the development set is
 * ingested, and Debian's Chromium opens GET /review as a curator would —
 * enters the key once, filters the queue to that article, and with the
 * keyboard accepts a candidate as edited, links another to an entity the graph
 * holds, accepts proposals (one with an end edited), rejects one — then
 * follows the desk's link to the explorer and reads the accepted fact's
 * source there. A rejected finding stays away after the article is ingested
 * again. Every request the pages make must go to this server.
 */
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { REVIEW_QUERIES, REVIEW_READ_SAMPLES } from "../../src/server/review/queries.js";
import { browserSkip, describePageOverHttp, launchChromium, saveScreenshot, seriousAccessibilityViolations, watchedPage, type WatchedPage } from "../support/browser.js";
import { embeddedStore } from "../support/stores.js";
import { data, startApi, testConfig, type RunningApi } from "../support/server.js";

const KEY = "review-desk-curator-key-0123";
const AUTH = { authorization: `Bearer ${KEY}` };
/** VnExpress on VNVC and Sanofi: a signing the seed does not hold, so what is accepted is new to the graph. */
const ARTICLE_FILE = new URL("../../../eval/articles/en-vnexpress-sanofi", import.meta.url).pathname;
const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) { article { id } candidates { id kind name state } proposals { id type from to quote state } }
}`;
const CREATE = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id } } }`;
/** The graph knows Sanofi under another name than the article's, as after a curator created it from another source. */
const KNOWN_SANOFI = { id: "organization:sanofi-s-a", name: "Sanofi S.A." };
const AGREEMENT_NAME = "VNVC–Sanofi vaccine technology transfer agreement";

interface Finding { id: string; type?: string; kind?: string; name?: string; from?: string; to?: string; quote?: string; state: string }

function articleInput(): Record<string, unknown> {
  const { url, title, publisher, published, language } = JSON.parse(readFileSync(`${ARTICLE_FILE}.json`, "utf8"));
  return { text: readFileSync(`${ARTICLE_FILE}.txt`, "utf8"), url, title, publisher, published, language };
}

describe("review desk", { timeout: 240_000 }, () => {
  let api: RunningApi | undefined;
  let origin = "";
  let ingested: { article: { id: string }; candidates: Finding[]; proposals: Finding[] };

  const mutate = async (query: string, input: Record<string, unknown>) => {
    const result = await api!.query(query, { input }, AUTH);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data;
  };

  before(async () => {
    api = await startApi(embeddedStore(), testConfig({ KG_API_KEYS: `desk:${KEY}` }));
    origin = new URL(api.url).origin;
    ingested = (await mutate(INGEST, articleInput())).ingestArticle;
    await mutate(CREATE, { kind: "Organization", name: KNOWN_SANOFI.name });
  });

  after(() => api?.close());

  // Files: the explorer's stylesheet and the desk's; the explorer's shared.js and search.js; curator.js, finding.js and desk.js.
  describePageOverHttp({ api: () => api!, path: "/review", files: 7, queries: REVIEW_QUERIES, samples: REVIEW_READ_SAMPLES });

  describe("in Chromium", { skip: browserSkip() }, () => {
    let browser: Browser | undefined;
    let watched: WatchedPage;
    let page: Page;

    // What the curator will decide, read from the ingest's answer so the test follows what the rules propose.
    const signedByVnvc = () => ingested.proposals.find((p) => p.type === "SIGNED" && p.from === "organization:vnvc" && p.to!.startsWith("candidate:"))!;
    const agreement = () => ingested.candidates.find((c) => c.id === signedByVnvc().to)!;
    const sanofi = () => ingested.candidates.find((c) => c.kind === "Organization" && c.name === "Sanofi")!;
    const witnessedByMacron = () => ingested.proposals.find((p) => p.type === "WITNESSED" && p.from === "person:emmanuel-macron" && p.to === agreement().id)!;
    const signedByCandidate = () => ingested.proposals.find((p) => p.type === "SIGNED" && p.to === agreement().id && p.from!.startsWith("candidate:"))!;
    const betweenCandidates = () => ingested.proposals.find((p) => p.type !== "MENTIONS" && p.type !== "SIGNED" && p.from!.startsWith("candidate:") && p.to!.startsWith("candidate:"))!;

    before(async () => {
      browser = await launchChromium();
      watched = await watchedPage(browser, { width: 1366, height: 768 });
      page = watched.page;
    });

    after(async () => {
      await browser?.close();
    });

    const settled = () => page.locator("#queue-panel[aria-busy=false]").waitFor();
    const selected = () => page.locator("#queue [aria-selected=true]").getAttribute("data-finding");

    /** Moves through the queue with j and k until the finding is the one chosen. */
    async function goTo(id: string): Promise<void> {
      const order = await page.locator("#queue [role=option]").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-finding")));
      assert.ok(order.includes(id), `${id} is in the queue`);
      await page.locator("#queue").focus();
      for (let guard = 0; (await selected()) !== id && guard < order.length; guard++) {
        await page.keyboard.press(order.indexOf(id) > order.indexOf(await selected()) ? "j" : "k");
      }
      assert.equal(await selected(), id);
      await page.locator("#finding-body .finding-meta", { hasText: id }).waitFor();
    }

    async function decided(key: string, said: RegExp): Promise<void> {
      await page.keyboard.press(key);
      await page.locator("#status", { hasText: said }).waitFor();
      await settled();
      assert.equal(await page.locator("#status.error").count(), 0, await page.locator("#status").innerText());
    }

    /** Types into a search box and takes the suggestion named `name` with the arrow keys and Enter. */
    async function pick(inputId: string, typed: string, name: string): Promise<void> {
      await page.locator(`#${inputId}`).fill("");
      await page.locator(`#${inputId}`).pressSequentially(typed, { delay: 15 });
      await page.locator(`#${inputId}-results [role=option]`, { hasText: name }).first().waitFor();
      const names = await page.locator(`#${inputId}-results [role=option] span:nth-child(2)`).allInnerTexts();
      for (let i = 0; i < names.indexOf(name); i++) await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
    }

    it("asks for the key once per browser session, and shows the article's findings with the sentence marked", async () => {
      assert.ok(signedByVnvc() && agreement().kind === "Agreement" && sanofi() && witnessedByMacron() && signedByCandidate() && betweenCandidates(), "the findings this test reviews were proposed");
      await page.goto(`${origin}/review`, { waitUntil: "networkidle" });
      assert.equal(await page.title(), "Health cooperation knowledge graph — review desk");
      assert.equal(await page.locator("#queue [role=option]").count(), 0, "nothing shows without a key");
      await page.getByLabel("Curator's key").fill(KEY);
      await page.keyboard.press("Enter");
      await settled();
      await page.locator("#queue [role=option]").first().waitFor();
      await page.reload({ waitUntil: "networkidle" });
      await settled();
      assert.ok(await page.locator("#key-form").isHidden(), "the key is kept for the session");
      await page.locator("#queue [role=option]").first().waitFor();

      await page.keyboard.press("/");
      assert.equal(await page.evaluate(() => (globalThis as any).document.activeElement?.id), "filter-article");
      await page.locator("#filter-article").selectOption(ingested.article.id);
      await settled();
      const shown = await page.locator("#queue [role=option]").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-finding")));
      const pending = [...ingested.proposals, ...ingested.candidates].map((f) => f.id);
      assert.deepEqual(new Set(shown), new Set(pending), "the queue holds the article's findings, every one");

      await goTo(witnessedByMacron().id);
      assert.equal((await page.locator("#marked-sentence").innerText()).trim(), witnessedByMacron().quote!.trim());
      const { url, published } = articleInput();
      assert.equal(await page.locator("#finding-body .article-meta a").getAttribute("href"), url);
      await page.locator("#finding-body .article-date", { hasText: `Published ${published}` }).waitFor();
      assert.deepEqual(await seriousAccessibilityViolations(page), []);
    });

    it("filters by type and confidence", async () => {
      await page.locator("#filter-type").selectOption("WITNESSED");
      const types = await page.locator("#queue .what").allInnerTexts();
      assert.ok(types.length > 0 && types.every((t) => t === "WITNESSED"), types.join(", "));
      await page.locator("#filter-type").selectOption("candidate");
      assert.ok((await page.locator("#queue .what").allInnerTexts()).every((t) => t.startsWith("New ")));
      await page.locator("#filter-type").selectOption("");
      await page.locator("#filter-confidence").selectOption("0.9");
      const confidences = (await page.locator("#queue .meta", { hasText: "confidence" }).allInnerTexts()).map((m) => Number(/confidence ([\d.]+)/.exec(m)![1]));
      assert.ok(confidences.every((c) => c >= 0.9), `no proposal under 0.9 stays: ${confidences.join(", ")}`);
      assert.ok(await page.locator("#queue [role=option]", { hasText: "New " }).count() > 0, "candidates stay");
      await page.locator("#filter-confidence").selectOption("0");
    });

    it("accepts a candidate as edited, links another to an entity the graph holds, and rejects a proposal", async () => {
      await goTo(agreement().id);
      await page.keyboard.press("e");
      assert.equal(await page.locator("#edit-kind").inputValue(), "Agreement");
      await page.locator("#edit-name").fill(AGREEMENT_NAME);
      await page.keyboard.press("Enter");
      await page.locator("#status", { hasText: `Accepted as an entity: ${AGREEMENT_NAME}` }).waitFor();
      await settled();

      await goTo(sanofi().id);
      await page.keyboard.press("l");
      await pick("link-entity", "sanofi", KNOWN_SANOFI.name);
      await page.locator("#status", { hasText: `Linked "Sanofi" to: ${KNOWN_SANOFI.name}` }).waitFor();
      await settled();

      await goTo(betweenCandidates().id);
      await decided("r", /^Rejected: /);
      const left = await page.locator("#queue [role=option]").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-finding")));
      assert.ok(![agreement().id, sanofi().id, betweenCandidates().id].some((id) => left.includes(id)), "decided findings leave the queue");
    });

    it("accepts proposals, one with an end edited, and the explorer shows the accepted fact with its source", async () => {
      await goTo(witnessedByMacron().id);
      await page.locator("#finding-body .claim", { hasText: AGREEMENT_NAME }).waitFor();
      await decided("a", new RegExp(`^Accepted: Emmanuel Macron —WITNESSED→ ${AGREEMENT_NAME}`));

      await goTo(signedByCandidate().id);
      await page.keyboard.press("e");
      await pick("edit-from", "sanofi", KNOWN_SANOFI.name);
      await page.locator("#edit-proposal button[type=submit]").focus();
      await decided("Enter", new RegExp(`^Accepted: ${KNOWN_SANOFI.name} —SIGNED→ ${AGREEMENT_NAME}`));

      await goTo(signedByVnvc().id);
      await decided("a", new RegExp(`—SIGNED→ ${AGREEMENT_NAME}`));
      await saveScreenshot(page, "review-desk.png");

      await page.locator("#status a", { hasText: "See it in the explorer" }).click();
      await page.waitForURL(/\/explorer\?/);
      await page.locator("#graph-area[aria-busy=false]").waitFor();
      const signed = signedByVnvc();
      await page.locator("#sources blockquote.quote", { hasText: signed.quote!.trim().slice(0, 60) }).waitFor();
      await page.locator("#sources h3", { hasText: articleInput().title as string }).waitFor();
      const connections = await page.locator("#connections li").allInnerTexts();
      for (const [type, from] of [["SIGNED", "VNVC Vaccine Company"], ["SIGNED", KNOWN_SANOFI.name], ["WITNESSED", "Emmanuel Macron"]]) {
        // A signing read with its date shows the date before the agreement's name.
        assert.ok(connections.some((c) => c.startsWith(`${from}—${type}→`) && c.endsWith(AGREEMENT_NAME)), `${from} ${type} the agreement, among:\n${connections.join("\n")}`);
      }
      watched.assertAllRequestsStayedAt(origin);
      watched.assertNoErrors();
    });

    it("never brings a rejected finding back, though the article is ingested again", async () => {
      const again = (await mutate(INGEST, articleInput())).ingestArticle;
      assert.equal(again.proposals.find((p: Finding) => p.id === betweenCandidates().id)?.state ?? "rejected", "rejected");
      await page.goto(`${origin}/review`, { waitUntil: "networkidle" });
      await settled();
      await page.locator("#queue [role=option]").first().waitFor();
      const queued = await page.locator("#queue [role=option]").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-finding")));
      assert.ok(!queued.includes(betweenCandidates().id));
      const proposed = await data(api!, `query($a: String) { proposals(state: proposed, article: $a, first: 100) { edges { node { id } } } }`, { a: ingested.article.id });
      assert.ok(!proposed.proposals.edges.some((e: { node: { id: string } }) => e.node.id === betweenCandidates().id));
    });
  });
});
