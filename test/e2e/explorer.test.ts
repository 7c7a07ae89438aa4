/**
 * The explorer end to end: the app runs in-process on the embedded store with
 * the seed, and Debian's Chromium opens GET /explorer as a new user would:
 * types a name without its diacritics, opens its neighbourhood, clicks an edge
 * on the drawing and reads the source quote, finds the path between companies
 * of two countries, filters, expands with the keyboard, and reopens a shared
 * URL. Every request the page makes must go to this server. Screenshots go to
 * test-artifacts/.
 */
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import type { Browser, Page } from "playwright-core";
import { EXPLORER_QUERIES, EXPLORER_QUERY_SAMPLES } from "../../src/server/explorer/queries.js";
import { browserSkip, describePageOverHttp, launchChromium, saveScreenshot, watchedPage, type WatchedPage } from "../support/browser.js";
import { embeddedStore } from "../support/stores.js";
import { data, startApi, type RunningApi } from "../support/server.js";

/** Written "Nguyễn Ngô Quang" in the articles; typed here as a reader without a Vietnamese keyboard would. */
const TYPED_NAME = "nguyen ngo quang";
/** Labels are English by default: the centre's English label, and its name as the Vietnamese article writes it. */
const CENTRE = { id: "person:nguyen-ngo-quang", name: "Nguyen Ngo Quang", original: "Nguyễn Ngô Quang" };
/** A Japanese company and a Russian one (their BASED_IN says so; the test checks). */
const PATH_FROM = { id: "organization:mt-gx-fuji-holding", typed: "fuji holding", name: "MT GX Fuji Holding" };
const PATH_TO = { id: "organization:medsintez", typed: "medsintez", name: "Medsintez Pharmaceutical Company" };

const COUNTRY_OF = `query CountryOf($id: ID!) {
  node(id: $id) { ... on Entity { relationships(types: [BASED_IN], direction: OUT) { edges { node { id } } } } }
}`;

describe("explorer", { timeout: 180_000 }, () => {
  let api: RunningApi | undefined;
  let origin = "";

  before(async () => {
    api = await startApi(embeddedStore());
    origin = new URL(api.url).origin;
  });

  after(() => api?.close());

  // Files: the stylesheet, Cytoscape with layout-base, cose-base, fCoSE and cytoscape-svg, and the explorer's eleven scripts.
  describePageOverHttp({ api: () => api!, path: "/explorer", files: 17, queries: EXPLORER_QUERIES, samples: EXPLORER_QUERY_SAMPLES });

  describe("in Chromium", { skip: browserSkip() }, () => {
    let browser: Browser | undefined;
    let watched: WatchedPage;
    let page: Page;

    const visibleEdges = (type?: string) =>
      page.evaluate((t) => (globalThis as any).kgExplorer.cy.edges(":visible").filter((e: any) => !t || e.data("type") === t).length, type);

    before(async () => {
      browser = await launchChromium();
      // A common laptop screen.
      watched = await watchedPage(browser, { width: 1366, height: 768 });
      page = watched.page;
    });

    after(async () => {
      await browser?.close();
    });

    /** Waits until the drawing has taken in the last action. */
    const settled = () => page.locator("#graph-area[aria-busy=false]").waitFor();

    /** Types into a search box and chooses `name` among the suggestions with the arrow keys. */
    async function pick(inputId: string, typed: string, name: string): Promise<void> {
      await page.locator(`#${inputId}`).fill("");
      await page.locator(`#${inputId}`).pressSequentially(typed, { delay: 15 });
      await page.locator(`#${inputId}-results [role=option]`, { hasText: name }).first().waitFor();
      const names = await page.locator(`#${inputId}-results [role=option] span:nth-child(2)`).allInnerTexts();
      assert.ok(names.includes(name), `${name} is among the suggestions for "${typed}": ${names.join(" | ")}`);
      for (let i = 0; i < names.indexOf(name); i++) await page.keyboard.press("ArrowDown");
      await page.locator(`#${inputId}-results [role=option][aria-selected=true]`, { hasText: name }).waitFor();
      await page.keyboard.press("Enter");
      await settled();
    }

    it("finds a name typed without diacritics and draws its neighbourhood", async () => {
      await page.goto(`${origin}/explorer`, { waitUntil: "networkidle" });
      assert.equal(await page.title(), "Health cooperation knowledge graph — explorer");
      await page.keyboard.press("/");
      assert.equal(await page.evaluate(() => (globalThis as any).document.activeElement?.id), "search", "/ focuses the search box");
      await pick("search", TYPED_NAME, CENTRE.name);
      await page.locator("#status", { hasText: `connections shown around ${CENTRE.name}` }).waitFor();
      assert.equal(new URL(page.url()).searchParams.get("focus"), CENTRE.id);
      const drawn = await page.evaluate(() => (globalThis as any).kgExplorer.cy.nodes().length);
      assert.ok(drawn > 10, `drew ${drawn} entities`);
      await page.locator("#entity-details h3", { hasText: CENTRE.name }).waitFor();
      await page.locator("#entity-details .original", { hasText: CENTRE.original }).waitFor();
      await page.locator("#entity-details .names li", { hasText: `vi: ${CENTRE.original} (as written in article:mescells-mt-gx-fuji-holding)` }).waitFor();
      await saveScreenshot(page, "explorer-neighbourhood.png");
    });

    it("labels every node in English, where it has an English label, while English is picked", async () => {
      assert.equal(await page.locator("#language").inputValue(), "en");
      const drawn: Array<{ id: string; label: string }> = await page.evaluate(() =>
        (globalThis as any).kgExplorer.cy.nodes().map((n: any) => ({ id: n.id(), label: n.data("label") })));
      const entities = await api!.store.entitiesById(drawn.map((n) => n.id));
      const notEnglish = drawn.filter((n, i) => {
        const english = entities[i]!.labels.find((l) => l.lang === "en");
        return english !== undefined && n.label !== english.text;
      });
      assert.deepEqual(notEnglish, []);
      assert.ok(drawn.some((n) => n.label === "Ministry of Health of Vietnam"), "Bộ Y tế is drawn as the Ministry of Health of Vietnam");
      await saveScreenshot(page, "explorer-english.png");
    });

    it("relabels the drawing in the language picked, and back", async () => {
      await page.locator("#language").selectOption("vi");
      await settled();
      await page.locator("#entity-details h3", { hasText: CENTRE.original }).waitFor();
      assert.equal(new URL(page.url()).searchParams.get("lang"), "vi");
      assert.equal(await page.evaluate(() => (globalThis as any).kgExplorer.cy.getElementById("organization:bo-y-te").data("label")), "Bộ Y tế");
      await page.locator("#language").selectOption("en");
      await settled();
      await page.locator("#entity-details h3", { hasText: CENTRE.name }).waitFor();
    });

    it("shows an edge's sources when it is clicked on the drawing", async () => {
      const graph = await page.locator("#graph").boundingBox();
      const drawn: Array<{ id: string; x: number; y: number }> = await page.evaluate(() =>
        (globalThis as any).kgExplorer.cy.edges(":visible").not(".group-link").map((e: any) => ({ id: e.id(), x: e.renderedMidpoint().x, y: e.renderedMidpoint().y })));
      // An edge whose first source has a gloss and an article with a link (not every article has one), to see all three.
      const evidence = await api!.store.evidenceFor(drawn.map((e) => e.id));
      const articles = await api!.store.entitiesById(evidence.map((list) => list[0]!.article));
      const chosen = drawn.findIndex((_, i) => evidence[i]![0]!.gloss && articles[i]?.attributes.url);
      assert.ok(chosen >= 0, "a drawn edge has a glossed source with a link");
      const target = drawn[chosen]!;
      const source = evidence[chosen]![0]!;
      await page.mouse.click(graph!.x + target.x, graph!.y + target.y);
      await page.locator("#sources blockquote.quote").first().waitFor();
      const quotes = (await page.locator("#sources blockquote.quote").allTextContents()).map((q) => q.trim());
      assert.ok(quotes.includes(source.quote.trim()), "the article's own words");
      await page.locator("#sources .gloss", { hasText: source.gloss!.slice(0, 40) }).waitFor();
      const links = await page.locator("#sources h3 a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      assert.ok(links.includes(articles[chosen]!.attributes.url as string), "a link to the article");
      assert.equal(new URL(page.url()).searchParams.get("edge"), target.id);
      await saveScreenshot(page, "explorer-sources.png");
    });

    it("reaches an edge's sources and expands a node with the keyboard", async () => {
      const before = await page.evaluate(() => (globalThis as any).kgExplorer.cy.nodes().length);
      const connection = page.locator("#connections li button.edge").nth(1);
      await connection.focus();
      await page.keyboard.press("Enter");
      await page.locator("#sources blockquote.quote").first().waitFor();
      const expandable = page.locator("#connections li button:not(.edge)").last();
      await expandable.focus();
      await page.keyboard.press("Enter");
      const name = await expandable.innerText();
      await page.locator("#entity-details h3", { hasText: name }).waitFor();
      await page.locator("#entity-details button", { hasText: "Expand" }).focus();
      await page.keyboard.press("Enter");
      await settled();
      await page.locator("#status", { hasText: "Expanded" }).waitFor();
      const after = await page.evaluate(() => (globalThis as any).kgExplorer.cy.nodes().length);
      assert.ok(after >= before, "expanding keeps what was drawn");
      assert.ok((new URL(page.url()).searchParams.get("expand") ?? "").length > 0, "the URL remembers the expansion");
    });

    it("filters by relationship type and by date", async () => {
      assert.ok((await visibleEdges("ATTENDED")) > 0);
      await page.locator("#type-filter input[value=ATTENDED]").uncheck();
      await settled();
      assert.equal(await visibleEdges("ATTENDED"), 0);
      assert.equal(new URL(page.url()).searchParams.get("types")?.includes("ATTENDED"), false);
      await page.locator("#type-filter input[value=ATTENDED]").check();
      await settled();
      const all = await visibleEdges();
      const dated = await page.evaluate(() => (globalThis as any).kgExplorer.cy.edges().filter((e: any) => e.data("start")).length);
      assert.ok(dated > 0, "some drawn connections have dates");
      await page.locator("#since").fill("1900");
      await page.locator("#until").fill("1901");
      await page.locator("#until").press("Enter");
      await page.locator("#since").focus();
      await page.waitForFunction((n) => (globalThis as any).kgExplorer.cy.edges(":visible").length < n, all);
      assert.equal(new URL(page.url()).searchParams.get("since"), "1900");
      await page.locator("#since").fill("");
      await page.locator("#until").fill("");
      await page.locator("#until").press("Tab");
      await page.waitForFunction((n) => (globalThis as any).kgExplorer.cy.edges(":visible").length === n, all);
    });

    it("finds and highlights the path between companies of two countries", async () => {
      const countries = await Promise.all([PATH_FROM.id, PATH_TO.id].map(async (id) => (await data(api!, COUNTRY_OF, { id })).node.relationships.edges.map((e: any) => e.node.id)));
      assert.equal(countries[0]!.length, 1);
      assert.notDeepEqual(countries[0], countries[1], "the ends are based in different countries");
      await pick("path-from", PATH_FROM.typed, PATH_FROM.name);
      await pick("path-to", PATH_TO.typed, PATH_TO.name);
      await page.locator("#find-path").click();
      await settled();
      const result = await page.locator("#path-result", { hasText: "Path of" }).innerText();
      const expected = (await data(api!, `{ path(from: "${PATH_FROM.id}", to: "${PATH_TO.id}", maxLength: 8) { relationships { id type } } }`)).path as { relationships: Array<{ id: string; type: string }> };
      assert.match(result, new RegExp(`Path of ${expected.relationships.length} steps: ${PATH_FROM.name} .*${PATH_TO.name}$`));
      for (const relationship of expected.relationships) assert.ok(result.includes(relationship.type), `the summary names ${relationship.type}: ${result}`);
      const highlighted = await page.evaluate(() => (globalThis as any).kgExplorer.cy.edges(".path").map((e: any) => e.id()).sort());
      assert.deepEqual(highlighted, expected.relationships.map((r) => r.id).sort());
      await saveScreenshot(page, "explorer-path.png");
    });

    it("opens a shared URL at the same view", async () => {
      const shared = page.url();
      const params = new URL(shared).searchParams;
      assert.equal(params.get("from"), PATH_FROM.id);
      assert.equal(params.get("to"), PATH_TO.id);
      const second = await watchedPage(browser!, { width: 1366, height: 768 });
      await second.page.goto(shared, { waitUntil: "networkidle" });
      await second.page.locator("#graph-area[aria-busy=false]").waitFor();
      await second.page.locator("#path-result", { hasText: "Path of" }).waitFor();
      await second.page.locator("#sources blockquote.quote").first().waitFor();
      const [here, there] = await Promise.all([page, second.page].map((p) => p.evaluate(() => {
        const cy = (globalThis as any).kgExplorer.cy;
        return { nodes: cy.nodes().map((n: any) => n.id()).sort(), path: cy.edges(".path").map((e: any) => e.id()).sort(), selected: cy.edges(":selected").map((e: any) => e.id()) };
      })));
      assert.deepEqual(there, here);
      assert.equal(await second.page.locator("#path-from").inputValue(), PATH_FROM.name);
      second.assertAllRequestsStayedAt(origin);
      second.assertNoErrors();
      await second.page.close();
    });

    it("offers exports of the view, and made every request to this server without errors", async () => {
      const link = await page.locator("#export-links a", { hasText: "GraphML" }).getAttribute("href");
      assert.equal(link, `/export?format=graphml&from=${encodeURIComponent(PATH_FROM.id)}&to=${encodeURIComponent(PATH_TO.id)}`);
      const file = await fetch(`${origin}${link}`);
      assert.equal(file.status, 200);
      assert.match(await file.text(), /<graphml/);
      watched.assertAllRequestsStayedAt(origin);
      watched.assertNoErrors();
    });
  });
});
