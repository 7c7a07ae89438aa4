/**
 * The explorer's HTML: a search box, a path finder and filters on the left,
 * the drawing in the middle, details and sources on the right. Its settings
 * (the GraphQL endpoint, the queries, the ontology's kinds and types) travel
 * as a JSON data block, not inline code, so the page's Content-Security-Policy
 * allows scripts from this server only.
 */
import { htmlPage } from "../assets.js";

export interface ExplorerPageLinks {
  readonly stylesheet: string;
  /** Cytoscape first, the explorer's own script last. */
  readonly scripts: readonly string[];
}

export interface ExplorerSettings {
  readonly endpoint: string;
  readonly queries: Readonly<Record<string, string>>;
  readonly kinds: readonly string[];
  /** The relationship types a drawing follows (all but MENTIONS). */
  readonly types: readonly string[];
}

const CONFIG_ELEMENT_ID = "explorer-config";

export function explorerPage(links: ExplorerPageLinks, settings: ExplorerSettings): string {
  return htmlPage({
    title: "Health cooperation knowledge graph — explorer",
    ...links,
    body: BODY,
    config: { elementId: CONFIG_ELEMENT_ID, value: settings },
  });
}

/** Controls left, drawing centre, details right; the lists the script fills start empty. */
const BODY = `<header>
  <h1>Health cooperation knowledge graph</h1>
  <label for="language">Labels in</label>
  <select id="language">
    <option value="en" selected>English</option><option value="vi">Tiếng Việt</option>
    <option value="id">Bahasa Indonesia</option><option value="no">Norsk</option>
  </select>
  <nav><a href="/graphql">GraphQL IDE</a></nav>
</header>
<main>
<aside id="controls" aria-label="Search and filters">
  <section>
    <label for="search">Find an entity <kbd>/</kbd></label>
    <div class="combo">
      <input id="search" type="search" autocomplete="off" spellcheck="false" placeholder="a name, in any spelling" role="combobox" aria-expanded="false" aria-controls="search-results" aria-autocomplete="list">
      <ul id="search-results" role="listbox" hidden></ul>
    </div>
    <label for="depth">Depth</label>
    <select id="depth"><option value="1">1 hop</option><option value="2" selected>2 hops</option><option value="3">3 hops</option></select>
  </section>
  <section>
    <h2>Path between two entities</h2>
    <label for="path-from">From</label>
    <div class="combo">
      <input id="path-from" type="search" autocomplete="off" spellcheck="false" role="combobox" aria-expanded="false" aria-controls="path-from-results" aria-autocomplete="list">
      <ul id="path-from-results" role="listbox" hidden></ul>
    </div>
    <label for="path-to">To</label>
    <div class="combo">
      <input id="path-to" type="search" autocomplete="off" spellcheck="false" role="combobox" aria-expanded="false" aria-controls="path-to-results" aria-autocomplete="list">
      <ul id="path-to-results" role="listbox" hidden></ul>
    </div>
    <button id="find-path" type="button">Find path</button>
    <button id="clear-path" type="button">Clear path</button>
    <p id="path-result" role="status"></p>
  </section>
  <section>
    <h2>Filters</h2>
    <fieldset id="type-filter"><legend>Relationship types</legend></fieldset>
    <div class="dates">
      <label for="since">From date</label><input id="since" placeholder="2024 or 2024-05" inputmode="numeric">
      <label for="until">To date</label><input id="until" placeholder="2025-12" inputmode="numeric">
    </div>
    <p class="hint">Undated connections stay visible when filtering by date.</p>
  </section>
  <section>
    <h2>Kinds</h2>
    <ul id="legend"></ul>
  </section>
  <section>
    <h2>Export this view</h2>
    <p id="exports" class="exports"></p>
  </section>
</aside>
<section id="graph-area" aria-label="Graph" aria-busy="false">
  <div id="graph" role="img" aria-label="Drawing of the graph; the same connections are listed beside it"></div>
  <p id="status" role="status" aria-live="polite">Search for a person, organisation, agreement… to begin.</p>
</section>
<aside id="details" aria-label="Details">
  <div id="entity-details"></div>
  <div id="sources" aria-live="polite"></div>
  <h2>Connections</h2>
  <ul id="connections"></ul>
</aside>
</main>`;
