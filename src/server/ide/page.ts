/**
 * The IDE's HTML page and the small script that starts GraphiQL in it. The
 * page carries its settings (endpoint, example tabs) as a JSON data block
 * rather than inline code, so its Content-Security-Policy can allow scripts
 * from this server only and forbid connections anywhere else: the browser
 * itself then enforces that the IDE never reaches the internet.
 */
import { htmlPage } from "../assets.js";
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
})();
`;

export function idePage(links: IdePageLinks, examples: readonly IdeExample[], endpoint: string): string {
  return htmlPage({
    title: "Health cooperation knowledge graph — GraphQL",
    ...links,
    head: "<style>html, body, #graphiql { height: 100%; margin: 0; }</style>\n",
    body: `<div id="graphiql">Loading the GraphQL IDE…</div>`,
    config: { elementId: CONFIG_ELEMENT_ID, value: { endpoint, examples } },
  });
}
