/**
 * The explorer's HTML: a search box, a path finder and filters on the left,
 * the drawing (or its table, or its timeline) in the middle, sources and
 * details on the right. Its settings
 * (the GraphQL endpoint, the queries, the ontology's kinds and types) travel
 * as a JSON data block, not inline code, so the page's Content-Security-Policy
 * allows scripts from this server only.
 */
import { htmlPage } from "../assets.js";

export interface ExplorerPageLinks {
  readonly stylesheet: string;
  /** Cytoscape and its extensions first, the explorer's own scripts after, in the order they build on each other. */
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

/** A search-as-you-type box for an entity, driven by search.js: the input `id` and the list of what it found, `id-results`. */
export function entityCombo(id: string, placeholder?: string): string {
  const hint = placeholder ? ` placeholder="${placeholder}"` : "";
  return `<div class="combo">
      <input id="${id}" type="search" autocomplete="off" spellcheck="false"${hint} role="combobox" aria-expanded="false" aria-controls="${id}-results" aria-autocomplete="list">
      <ul id="${id}-results" role="listbox" aria-label="Entities found" hidden></ul>
    </div>`;
}

export function explorerPage(links: ExplorerPageLinks, settings: ExplorerSettings): string {
  return htmlPage({
    title: "Health cooperation knowledge graph — explorer",
    ...links,
    body: BODY,
    config: { elementId: CONFIG_ELEMENT_ID, value: settings },
  });
}

/**
 * Controls left, drawing (or the table, or the timeline) centre, evidence and
 * details right; below 1000 px the side panels become drawers the header's
 * buttons open. The lists the scripts fill start empty.
 */
const BODY = `<header>
  <button id="toggle-controls" class="drawer-toggle" type="button" aria-controls="controls" aria-expanded="false">Search &amp; filters</button>
  <h1>Health cooperation knowledge graph</h1>
  <div class="language">
    <label for="language">Labels in</label>
    <select id="language">
      <option value="en" selected>English</option><option value="vi">Tiếng Việt</option>
      <option value="id">Bahasa Indonesia</option><option value="no">Norsk</option>
    </select>
  </div>
  <button id="toggle-details" class="drawer-toggle" type="button" aria-controls="details" aria-expanded="false">Details</button>
  <nav aria-label="Other pages"><a href="/graphql">GraphQL IDE</a> · <a href="/review">Review desk</a></nav>
</header>
<main>
<aside id="controls" aria-label="Search and filters">
  <section>
    <label for="search">Find an entity <kbd>/</kbd></label>
    ${entityCombo("search", "a name, in any spelling")}
    <label for="depth">Depth</label>
    <select id="depth"><option value="1">1 hop</option><option value="2" selected>2 hops</option><option value="3">3 hops</option></select>
  </section>
  <section>
    <h2>Path between two entities</h2>
    <label for="path-from">From</label>
    ${entityCombo("path-from")}
    <label for="path-to">To</label>
    ${entityCombo("path-to")}
    <button id="find-path" type="button">Find path</button>
    <button id="clear-path" type="button">Clear path</button>
    <p id="path-result" role="status"></p>
  </section>
  <section>
    <h2>Filters</h2>
    <fieldset id="type-filter"><legend>Relationship types</legend></fieldset>
    <fieldset id="kind-filter"><legend>Kinds</legend></fieldset>
    <label for="country">Country</label>
    <select id="country"><option value="">Any country</option></select>
    <p class="hint">A country keeps the connections of the country and of what the drawing links directly to it.</p>
    <div class="dates">
      <label for="since">From date</label><input id="since" placeholder="2024 or 2024-05" inputmode="numeric">
      <label for="until">To date</label><input id="until" placeholder="2025-12" inputmode="numeric">
    </div>
    <p class="hint">Undated connections stay visible when filtering by date.</p>
  </section>
  <section>
    <h2>Export this view</h2>
    <p class="exports-what">Picture of the drawing:</p>
    <button id="save-png" type="button">PNG</button>
    <button id="save-svg" type="button">SVG</button>
    <p id="exports-what" class="exports-what"></p>
    <ul id="export-links" class="exports"></ul>
  </section>
</aside>
<section id="graph-area" aria-label="Graph" aria-busy="false">
  <div role="tablist" aria-label="Ways to see the view" class="tabs">
    <button id="tab-graph" role="tab" type="button" aria-controls="graph" aria-selected="true">Drawing</button>
    <button id="tab-table" role="tab" type="button" aria-controls="table-panel" aria-selected="false">Table</button>
    <button id="tab-timeline" role="tab" type="button" aria-controls="timeline-panel" aria-selected="false">Timeline</button>
  </div>
  <details id="legend" open hidden>
    <summary>Legend</summary>
    <ul id="legend-kinds" aria-label="Kinds shown"></ul>
    <ul id="legend-types" aria-label="Relationship types shown"></ul>
  </details>
  <div class="stage">
    <div id="graph" role="img" aria-label="Drawing of the graph; the same connections are listed beside it"></div>
    <div id="table-panel" class="panel" role="tabpanel" aria-labelledby="tab-table" tabindex="0" hidden></div>
    <div id="timeline-panel" class="panel" role="tabpanel" aria-labelledby="tab-timeline" tabindex="0" hidden></div>
  </div>
  <p id="status" role="status" aria-live="polite">Search for a person, organisation, agreement… to begin.</p>
</section>
<aside id="details" aria-label="Details">
  <div id="sources" aria-live="polite"></div>
  <div id="entity-details"></div>
  <h2>Connections</h2>
  <ul id="connections"></ul>
</aside>
</main>`;
