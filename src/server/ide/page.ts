/**
 * The IDE's HTML page and the small script that starts GraphiQL in it. The
 * page carries its settings (endpoint, example tabs) as a JSON data block
 * rather than inline code, so its Content-Security-Policy can allow scripts
 * from this server only and forbid connections anywhere else: the browser
 * itself then enforces that the IDE never reaches the internet.
 */
import { htmlPage } from "../assets.js";
import { EXPLORER_PREFIX } from "../explorer.js";
import { REVIEW_PREFIX } from "../review.js";
import type { IdeExample } from "./examples.js";

/** What the page links to; URLs are the server's own /ide/… paths. */
export interface IdePageLinks {
  readonly stylesheet: string;
  /** In load order: React and ReactDOM before GraphiQL, the start script last. */
  readonly scripts: readonly string[];
}

/** Where the page's settings travel: read by START_SCRIPT, never executed. */
const CONFIG_ELEMENT_ID = "ide-config";

/**
 * GraphiQL 3's markup fails an axe audit in ways its options cannot change:
 * its editors' hidden textareas have no label, its tab strip nests buttons in
 * role="tab" items inside a list that also holds a bare button, and the
 * editors' scrolling areas cannot take focus. This function, run whenever
 * GraphiQL redraws, names the editors, makes the tab strip a named group of
 * plain buttons (which axe and screen readers read correctly) and lets the
 * scrolling areas take focus.
 */
const ACCESSIBILITY_REPAIRS = `function repairAccessibility(root) {
  const names = [[".graphiql-query-editor textarea", "Query editor"], [".graphiql-editor-tool textarea", "Variables or headers editor"], [".graphiql-response textarea", "Response"]];
  for (const [selector, name] of names) for (const area of root.querySelectorAll(selector)) if (area.getAttribute("aria-label") !== name) area.setAttribute("aria-label", name);
  const setRole = (element, role) => element.getAttribute("role") !== role && element.setAttribute("role", role);
  for (const strip of root.querySelectorAll("ul.graphiql-tabs")) {
    setRole(strip, "group");
    for (const item of strip.querySelectorAll(":scope > li")) {
      setRole(item, "none");
      item.removeAttribute("aria-selected");
    }
  }
  for (const area of root.querySelectorAll(".CodeMirror-scroll[tabindex='-1']")) area.setAttribute("tabindex", "0");
}
`;

/**
 * Renders GraphiQL with a JSON POST fetcher (Apollo's CSRF prevention rejects
 * simple requests) and the examples as tabs. Incremental delivery is off, so
 * GraphiQL sends plain JSON requests and expects plain JSON answers.
 */
export const START_SCRIPT = `"use strict";
(() => {
  const config = JSON.parse(document.getElementById(${JSON.stringify(CONFIG_ELEMENT_ID)}).textContent);
  const fetcher = GraphiQL.createFetcher({ url: config.endpoint, enableIncrementalDelivery: false });
  const tabs = config.examples.map((example) => ({ query: example.query }));
  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(GraphiQL, { fetcher, defaultQuery: tabs[0].query, defaultTabs: tabs }),
  );
  new MutationObserver(() => repairAccessibility(document)).observe(document.getElementById("graphiql"), { childList: true, subtree: true, attributes: true, attributeFilter: ["role", "aria-selected"] });
})();
${ACCESSIBILITY_REPAIRS}`;

/** GraphiQL's inactive tabs and some editor colours are too pale on its grey (axe measures 4.26:1); these darker shades of the same hues meet 4.5:1. */
const CONTRAST_STYLE = `.graphiql-container .graphiql-tab:not(.graphiql-tab-active) .graphiql-tab-button { color: #4a5568; }
.graphiql-container .cm-def { color: #1f5592; }
.graphiql-container .cm-property { color: #1d6247; }
.graphiql-container .cm-attribute { color: #7a4800; }
.graphiql-container .cm-string { color: #9a3412; }
.graphiql-container .CodeMirror-linenumber, .graphiql-container .graphiql-editor-tools button { color: #4a5568; }
.graphiql-container a, .graphiql-container .graphiql-logo .graphiql-logo-link { color: #1c4f8a; }`;

/** A thin bar above GraphiQL that leads to the explorer, the same graph drawn, and to the review desk. */
const NAV_STYLE = `html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; }
.ide-nav { flex: none; padding: 0.35rem 1rem; font: 14px system-ui, sans-serif; background: #f4f5f7; border-bottom: 1px solid #d7dbe0; }
.ide-nav a { color: #1c4f8a; }
#graphiql { flex: 1; min-height: 0; }`;

export function idePage(links: IdePageLinks, examples: readonly IdeExample[], endpoint: string): string {
  return htmlPage({
    title: "Health cooperation knowledge graph — GraphQL",
    ...links,
    head: `<style>${NAV_STYLE}\n${CONTRAST_STYLE}</style>\n`,
    body: `<nav class="ide-nav" aria-label="Views"><a href="${EXPLORER_PREFIX}">Open the graph explorer</a> — the same graph drawn, with its sources · <a href="${REVIEW_PREFIX}">Review desk</a> — for curators</nav>\n<div id="graphiql">Loading the GraphQL IDE…</div>`,
    config: { elementId: CONFIG_ELEMENT_ID, value: { endpoint, examples } },
  });
}
