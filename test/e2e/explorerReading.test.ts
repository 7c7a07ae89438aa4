/**
 * The explorer read as a journalist would, in Debian's Chromium on the
 * embedded store with the seed: names measured on the rendered drawing
 * (size, overlap, the centre's), the legend in sight, folded groups that
 * open, counts that match what is drawn, the sources of a connection visible
 * at 1280×720 without scrolling, the table and the timeline checked against
 * the API, the CSV parsed back, PNG and SVG pictures, the layout at 800×600
 * and on a phone, and an axe-core audit of every page the server renders.
 */
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import type { Browser, Page } from "playwright-core";
import { EXPLORER_QUERIES } from "../../src/server/explorer/queries.js";
import { browserSkip, launchChromium, saveScreenshot, seriousAccessibilityViolations, watchedPage } from "../support/browser.js";
import { embeddedStore } from "../support/stores.js";
import { data, startApi, type RunningApi } from "../support/server.js";

const CENTRE = "person:nguyen-ngo-quang";
/** Three hops around him draw over fifty entities: the hairball the issue was about. */
const CROWDED = `focus=${encodeURIComponent(CENTRE)}&depth=3`;
const MIN_LABEL_PX = 12;

type Box = { x1: number; y1: number; x2: number; y2: number };
const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The names drawn now: rendered boxes (page pixels) and font sizes, from Cytoscape's own measures. */
function drawnLabels(page: Page): Promise<Array<{ id: string; text: string; px: number; box: Box }>> {
  return page.evaluate(() => {
    const cy = (globalThis as any).kgExplorer.cy;
    const graph = (globalThis as any).document.getElementById("graph").getBoundingClientRect();
    return cy.nodes(":visible").filter((n: any) => n.style("label") !== "").map((n: any) => {
      const b = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      return { id: n.id(), text: n.style("label"), px: parseFloat(n.renderedStyle("font-size")), box: { x1: b.x1 + graph.x, y1: b.y1 + graph.y, x2: b.x2 + graph.x, y2: b.y2 + graph.y } };
    });
  });
}

describe("explorer, read by a journalist", { timeout: 300_000, skip: browserSkip() }, () => {
  let api: RunningApi | undefined;
  let origin = "";
  let browser: Browser | undefined;

  before(async () => {
    api = await startApi(embeddedStore());
    origin = new URL(api.url).origin;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await api?.close();
  });

  async function open(query: string, viewport = { width: 1280, height: 720 }) {
    const watched = await watchedPage(browser!, viewport);
    await watched.page.goto(`${origin}/explorer?${query}`, { waitUntil: "networkidle" });
    await watched.page.locator("#graph-area[aria-busy=false]").waitFor();
    await watched.page.locator("#status", { hasText: "shown" }).waitFor();
    return watched;
  }

  /** The API's answer to the explorer's own query, each node with the English label the explorer shows by default. */
  async function neighbourhood(depth: number) {
    const answer = (await data(api!, EXPLORER_QUERIES.neighbourhood, { id: CENTRE, depth, types: null, lang: "en" })).neighbourhood;
    return { ...answer, nodes: answer.nodes.map((n: any) => ({ ...n, label: n.entity.label })) };
  }

  it("prints names at 12 px or more that never overlap, the centre's always, inside the drawing", async () => {
    const { page, assertNoErrors } = await open(CROWDED);
    const labels = await drawnLabels(page);
    const graph = (await page.locator("#graph").boundingBox())!;
    // The seed's re-reading made this view denser: the best of the explorer's layouts
    // printed 8 or 9 names in 4 of 14 runs, 10 or more in the others.
    assert.ok(labels.length >= 8, `${labels.length} names printed`);
    for (const label of labels) {
      assert.ok(label.px >= MIN_LABEL_PX, `${label.id} prints at ${label.px} px`);
      assert.ok(label.box.x1 >= graph.x - 1 && label.box.x2 <= graph.x + graph.width + 1 && label.box.y1 >= graph.y - 1 && label.box.y2 <= graph.y + graph.height + 1, `${label.id}'s name lies inside the drawing`);
    }
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) assert.ok(!overlaps(labels[i]!.box, labels[j]!.box), `${labels[i]!.id} and ${labels[j]!.id} overlap`);
    }
    assert.ok(labels.some((l) => l.id === CENTRE), "the centre's name is printed");
    const edgeLabels = await page.evaluate(() => (globalThis as any).kgExplorer.cy.edges(":visible").filter((e: any) => e.renderedStyle("label")).length);
    assert.equal(edgeLabels, 0, "edge types wait for a hover or a selection");
    await saveScreenshot(page, "explorer-1280x720.png");
    assertNoErrors();
    await page.close();
  });

  it("shows the full name of an abbreviated node on hover", async () => {
    const { page } = await open(CROWDED);
    const long = await page.evaluate(() => {
      const cy = (globalThis as any).kgExplorer.cy;
      const n = cy.nodes(":visible").filter((x: any) => x.data("short") !== x.data("label"))[0];
      return n && { id: n.id(), full: n.data("label"), short: n.data("short"), x: n.renderedPosition().x, y: n.renderedPosition().y };
    });
    assert.ok(long, "some name is abbreviated");
    assert.match(long.short, /…$/);
    const graph = (await page.locator("#graph").boundingBox())!;
    await page.mouse.move(graph.x + long.x, graph.y + long.y);
    await page.waitForFunction((id) => (globalThis as any).kgExplorer.cy.getElementById(id).renderedStyle("label") !== "", long.id);
    assert.equal(await page.evaluate((id) => (globalThis as any).kgExplorer.cy.getElementById(id).renderedStyle("label"), long.id), long.full);
    await page.close();
  });

  it("keeps a legend of the kinds and types drawn in the viewport, with their counts", async () => {
    const { page } = await open(CROWDED);
    const legend = (await page.locator("#legend").boundingBox())!;
    assert.ok(legend.y >= 0 && legend.y + legend.height <= 720 && legend.x >= 0 && legend.x + legend.width <= 1280, "the legend is on screen");
    const drawn = await page.evaluate(() => {
      const cy = (globalThis as any).kgExplorer.cy;
      const count = (values: string[]) => values.reduce((m: Record<string, number>, v) => ((m[v] = (m[v] ?? 0) + 1), m), {});
      return {
        kinds: count(cy.nodes(":visible").not(".group").map((n: any) => n.data("kind"))),
        types: count(cy.edges(":visible").not(".group-link").map((e: any) => e.data("type"))),
      };
    });
    const listed = async (id: string) => Object.fromEntries((await page.locator(`#${id} li`).allInnerTexts()).map((t) => t.split(/\s+/)).map((p) => [p[0], Number(p[1])]));
    assert.deepEqual(await listed("legend-kinds"), drawn.kinds);
    assert.deepEqual(await listed("legend-types"), drawn.types);
    await page.close();
  });

  it("folds a hub's many leaves into a group that opens on a click, and counts what is shown", async () => {
    const { page } = await open(CROWDED);
    const group = await page.evaluate(() => {
      const g = (globalThis as any).kgExplorer.cy.nodes(".group")[0];
      return g && { id: g.id(), label: g.data("label"), members: g.data("members"), x: g.renderedPosition().x, y: g.renderedPosition().y };
    });
    assert.ok(group, "three hops around the centre fold some leaves");
    assert.match(group.label, new RegExp(`^${group.members} [a-z]+$`));
    const counts = async () => page.evaluate(() => {
      const cy = (globalThis as any).kgExplorer.cy;
      return { nodes: cy.nodes(":visible").not(".group").length, edges: cy.edges(":visible").not(".group-link").length, folded: cy.nodes(".group").map((g: any) => g.data("members")).reduce((a: number, b: number) => a + b, 0) };
    });
    const before = await counts();
    assert.match(await page.locator("#status").innerText(), new RegExp(`^${before.nodes} entities and ${before.edges} connections shown .*; ${before.folded} more entities in`));
    const graph = (await page.locator("#graph").boundingBox())!;
    await page.mouse.click(graph.x + group.x, graph.y + group.y);
    await page.waitForFunction((id) => (globalThis as any).kgExplorer.cy.getElementById(id).empty(), group.id);
    const afterOpening = await counts();
    assert.equal(afterOpening.nodes, before.nodes + group.members);
    assert.ok(new URL(page.url()).searchParams.get("open")?.split(",").includes(group.id), "the URL keeps the open group");
    await page.locator("#since").fill("2025");
    await page.locator("#until").fill("2025");
    await page.locator("#until").press("Enter");
    await page.waitForFunction(() => (globalThis as any).document.getElementById("status").textContent.includes("hidden by the filters"));
    const filtered = await counts();
    const hidden = await page.evaluate(() => (globalThis as any).kgExplorer.cy.edges(".hidden").length);
    assert.match(await page.locator("#status").innerText(), new RegExp(`^${filtered.nodes} entities and ${filtered.edges} connections shown.*; ${hidden} connections hidden by the filters\\.$`));
    await page.close();
  });

  it("filters by kind and country, and the URL keeps the whole view", async () => {
    const { page } = await open(`focus=${encodeURIComponent(CENTRE)}&depth=2&kinds=Person,Organization,Event,Country&mode=table&sort=-date`);
    const kinds = await page.evaluate(() => [...new Set((globalThis as any).kgExplorer.cy.nodes(":visible").not(".group").map((n: any) => n.data("kind")))]);
    assert.deepEqual(kinds.filter((k) => !["Person", "Organization", "Event", "Country"].includes(k as string)), []);
    assert.equal(await page.locator("#kind-filter input[value=Agreement]").isChecked(), false);
    assert.equal(await page.locator("#tab-table").getAttribute("aria-selected"), "true");
    assert.equal(await page.locator("#table-panel th[aria-sort=descending]").innerText(), "Date");
    const country = await page.locator("#country option").nth(1).getAttribute("value");
    assert.ok(country, "a country is drawn and offered");
    await page.locator("#country").selectOption(country);
    assert.equal(new URL(page.url()).searchParams.get("country"), country);
    const outside = await page.evaluate((c) => {
      const cy = (globalThis as any).kgExplorer.cy;
      const members = new Set([c, ...cy.getElementById(c).neighborhood("node").map((n: any) => n.id())]);
      return cy.edges(":visible").not(".group-link").filter((e: any) => !members.has(e.data("source")) && !members.has(e.data("target"))).length;
    }, country);
    assert.equal(outside, 0, "every connection shown touches the country or what is linked to it");
    await page.close();
  });

  it("shows a connection's article, quote with the names marked, and gloss without scrolling at 1280×720", async () => {
    const { page } = await open(`focus=${encodeURIComponent(CENTRE)}`);
    const graph = await neighbourhood(2);
    const glossed = graph.edges.find((e: any) => e.sources.some((s: any) => s.gloss && s.url));
    assert.ok(glossed, "a connection has a glossed source with a link");
    await page.locator(`#connections button.edge[data-id="${glossed.id}"]`).click();
    const card = page.locator("#sources article.source").first();
    await card.locator("blockquote").waitFor();
    for (const part of ["h3 a", ".meta", "blockquote", ".gloss"]) {
      const box = (await card.locator(part).first().boundingBox())!;
      assert.ok(box.y >= 0 && box.y + box.height <= 720, `${part} is on screen without scrolling (${box.y}+${box.height})`);
    }
    assert.equal(await page.locator("#details").evaluate((d) => d.scrollTop), 0);
    const marked = await card.locator("blockquote mark").allInnerTexts();
    const names = (await data(api!, EXPLORER_QUERIES.names, { ids: [glossed.source, glossed.target] })).nodes.flatMap((n: any) => [n.name, ...n.aliases].map((s: string) => s.toLowerCase()));
    for (const m of marked) assert.ok(names.includes(m.toLowerCase()), `${m} is a written form of an end`);
    const several = graph.edges.find((e: any) => e.sources.length > 1);
    if (several) {
      await page.locator(`#connections button.edge[data-id="${several.id}"]`).click();
      await page.locator("#sources h2", { hasText: "sources, earliest first" }).waitFor();
      const dates = await page.locator("#sources article.source .meta").evaluateAll((ps) => ps.map((p) => (p.textContent ?? "").match(/\d{4}(-\d{2})?(-\d{2})?/)?.[0] ?? "~"));
      assert.deepEqual(dates, [...dates].sort(), "sources in date order");
    }
    await saveScreenshot(page, "explorer-sources-1280x720.png");
    await page.close();
  });

  it("lists the view as a sortable table equal to the API's answer, and downloads it as CSV", async () => {
    const { page } = await open(`focus=${encodeURIComponent(CENTRE)}&mode=table`);
    const graph = await neighbourhood(2);
    const rows = page.locator("#table-panel tbody tr");
    assert.deepEqual((await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-id")))).sort(), graph.edges.map((e: any) => e.id).sort());
    const label = new Map(graph.nodes.map((n: any) => [n.id, n.label]));
    const expected = graph.edges.map((e: any) => [label.get(e.source), e.type, label.get(e.target), e.date?.text ?? ""].join(" | ")).sort();
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].slice(0, 4).map((td) => td.textContent).join(" | ")));
    assert.deepEqual([...cells].sort(), expected);
    await page.locator("#table-panel th button", { hasText: "Date" }).click();
    const starts = new Map(graph.edges.map((e: any) => [e.id, e.date?.start ?? "\uffff"]));
    const order = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-id")));
    const sortedStarts = order.map((id) => starts.get(id) as string);
    assert.deepEqual(sortedStarts, [...sortedStarts].sort(), "sorted by date, undated last");
    assert.equal(new URL(page.url()).searchParams.get("sort"), "date");
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#download-csv").click()]);
    const csv: string[][] = parse(await readFile((await download.path())!, "utf8"));
    assert.deepEqual(csv[0], ["Subject", "Relationship", "Object", "Date", "Source publisher", "Quote", "Link"]);
    assert.equal(csv.length - 1, graph.edges.length);
    const quotes = new Set(graph.edges.flatMap((e: any) => e.sources.map((s: any) => s.quote)));
    assert.deepEqual(csv.slice(1).map((r) => r.slice(0, 4).join(" | ")), await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].slice(0, 4).map((td) => td.textContent).join(" | "))));
    for (const row of csv.slice(1)) assert.ok(row[5] === "" || quotes.has(row[5]!), "each quote is an article's own words, whole");
    await saveScreenshot(page, "explorer-table-1280x720.png");
    await page.close();
  });

  it("places the centre's dated facts on a timeline, partial dates marked, undated apart; a click selects the fact", async () => {
    const { page } = await open(`focus=${encodeURIComponent(CENTRE)}&depth=1&mode=timeline`);
    const graph = await neighbourhood(1);
    const own = graph.edges.filter((e: any) => e.source === CENTRE || e.target === CENTRE);
    const dated = own.filter((e: any) => e.date?.start).sort((a: any, b: any) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id));
    const undated = own.filter((e: any) => !e.date?.start);
    assert.deepEqual(await page.locator("#timeline-panel .axis li button").evaluateAll((bs) => bs.map((b) => b.getAttribute("data-id"))), dated.map((e: any) => e.id));
    assert.deepEqual(await page.locator("#timeline-panel .axis time").allInnerTexts(), dated.map((e: any) => e.date.text));
    assert.equal(await page.locator("#timeline-panel .axis li.partial").count(), dated.filter((e: any) => e.date.partial).length);
    assert.equal(await page.locator("#timeline-panel .axis li.partial .note").count(), dated.filter((e: any) => e.date.partial).length);
    assert.deepEqual((await page.locator("#timeline-panel .undated button").evaluateAll((bs) => bs.map((b) => b.getAttribute("data-id")))).sort(), undated.map((e: any) => e.id).sort());
    const first = own[0];
    await page.locator(`#timeline-panel button[data-id="${first.id}"]`).click();
    await page.locator("#sources blockquote").first().waitFor();
    assert.equal(await page.locator("#timeline-panel").isHidden(), true);
    assert.deepEqual(await page.evaluate(() => (globalThis as any).kgExplorer.cy.edges(":selected").map((e: any) => e.id())), [first.id]);
    assert.equal(new URL(page.url()).searchParams.get("edge"), first.id);
    await page.close();
  });

  it("saves the drawing as PNG and SVG, and lays the export links out inside their panel", async () => {
    const { page } = await open(`focus=${encodeURIComponent(CENTRE)}`, { width: 1920, height: 1080 });
    const [png] = await Promise.all([page.waitForEvent("download"), page.locator("#save-png").click()]);
    const pngBytes = await readFile((await png.path())!);
    assert.deepEqual([...pngBytes.subarray(1, 4)], [...Buffer.from("PNG")]);
    const [svg] = await Promise.all([page.waitForEvent("download"), page.locator("#save-svg").click()]);
    const svgText = await readFile((await svg.path())!, "utf8");
    assert.match(svgText, /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const centreName = await page.evaluate((id) => (globalThis as any).kgExplorer.cy.getElementById(id).data("short"), CENTRE);
    assert.ok(svgText.includes(`>${centreName}</text>`), `the centre's name ${centreName} is text in the SVG`);
    const panel = (await page.locator("#controls").boundingBox())!;
    for (const link of await page.locator("#export-links a").all()) {
      const box = (await link.boundingBox())!;
      assert.ok(box.x >= panel.x && box.x + box.width <= panel.x + panel.width, `${await link.innerText()} fits its panel`);
    }
    await page.close();
  });

  for (const viewport of [{ width: 800, height: 600 }, { width: 390, height: 844 }]) {
    it(`gives the drawing the whole width at ${viewport.width}×${viewport.height}, the panels as drawers`, async () => {
      const { page } = await open(`focus=${encodeURIComponent(CENTRE)}`, viewport);
      const graph = (await page.locator("#graph").boundingBox())!;
      assert.ok(graph.width >= viewport.width - 2 && graph.height >= viewport.height / 3, `the drawing is ${graph.width}×${graph.height}`);
      assert.equal(await page.locator("#controls").isVisible(), false);
      const labels = await drawnLabels(page);
      assert.ok(labels.some((l) => l.id === CENTRE) && labels.every((l) => l.px >= MIN_LABEL_PX), "names stay readable");
      const legend = (await page.locator("#legend").boundingBox())!;
      assert.ok(legend.y + legend.height <= viewport.height, "the legend is on screen");
      if (viewport.width === 800) await saveScreenshot(page, "explorer-800x600.png");
      await page.locator("#toggle-controls").click();
      await page.locator("#search").waitFor();
      const search = (await page.locator("#search").boundingBox())!;
      assert.ok(search.x >= 0 && search.x + search.width <= viewport.width, "the search box is on screen in its drawer");
      await page.locator("#connections button.edge").first().evaluate((b: any) => b.click());
      await page.locator("#sources blockquote").first().waitFor();
      assert.equal(await page.locator("#details").isVisible(), true, "choosing a connection opens the details drawer");
      assert.equal(await page.locator("#controls").isVisible(), false, "one drawer at a time");
      if (viewport.width === 800) await saveScreenshot(page, "explorer-sources-800x600.png");
      await page.close();
    });
  }

  it("passes an axe-core audit with no serious or critical violation on every page the server renders", async () => {
    const pages = [`/explorer?focus=${encodeURIComponent(CENTRE)}&mode=graph`, `/explorer?focus=${encodeURIComponent(CENTRE)}&mode=table`, `/explorer?focus=${encodeURIComponent(CENTRE)}&mode=timeline`, "/graphql"];
    for (const path of pages) {
      const watched = await watchedPage(browser!, { width: 1280, height: 720 });
      await watched.page.goto(`${origin}${path}`, { waitUntil: "networkidle" });
      if (path.startsWith("/explorer")) await watched.page.locator("#status", { hasText: "shown" }).waitFor();
      else await watched.page.locator(".graphiql-container").waitFor();
      assert.deepEqual(await seriousAccessibilityViolations(watched.page), [], path);
      await watched.page.close();
    }
  });
});
