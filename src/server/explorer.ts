/**
 * The explorer at GET /explorer: a page that draws the graph with Cytoscape.js
 * and talks only to the public GraphQL API. Cytoscape comes from its npm
 * package and the page's own script and stylesheet from this project
 * (src/server/explorer/), all served under /explorer/ (see assets.ts), so the
 * explorer works with no internet.
 */
import { readFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { NODE_KINDS, TRAVERSAL_TYPES } from "../domain/ontology.js";
import { asset, packageAsset, PAGE_CSP, sendAsset, sendPage } from "./assets.js";
import { explorerPage } from "./explorer/page.js";
import { EXPLORER_QUERIES } from "./explorer/queries.js";

export interface ExplorerRoute {
  page(response: ServerResponse): void;
  asset(path: string, response: ServerResponse): void;
}

export const EXPLORER_PREFIX = "/explorer";

/** The browser files are plain JavaScript and CSS beside the sources, not compiled: compiled to dist/src/server/, so three levels up is the root. */
const CLIENT_DIR = new URL("../../../src/server/explorer/", import.meta.url);
const clientFile = (name: string) => asset(EXPLORER_PREFIX, name, readFileSync(new URL(name, CLIENT_DIR)));

export function explorerRoute(): ExplorerRoute {
  const stylesheet = clientFile("explorer.css");
  const scripts = [packageAsset(EXPLORER_PREFIX, "cytoscape", "dist/cytoscape.min.js"), clientFile("explorer.js")];
  const assets = new Map([stylesheet, ...scripts].map((a) => [a.path, a]));
  const page = explorerPage(
    { stylesheet: stylesheet.path, scripts: scripts.map((s) => s.path) },
    { endpoint: "/graphql", queries: EXPLORER_QUERIES, kinds: NODE_KINDS, types: TRAVERSAL_TYPES },
  );
  return {
    page: (response) => sendPage(response, page, PAGE_CSP),
    asset: (path, response) => sendAsset(assets, path, response),
  };
}
