/**
 * The explorer at GET /explorer: a page that draws the graph with Cytoscape.js
 * and talks only to the public GraphQL API. Cytoscape and its layout and SVG
 * extensions come from their npm packages, the page's own scripts and
 * stylesheet from this project (src/server/explorer/), all served under
 * /explorer/ (see assets.ts), so the explorer works with no internet.
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

/** Cytoscape, then the extensions that register themselves with it: fCoSE (which needs layout-base and cose-base first) and SVG export. */
const LIBRARIES: ReadonlyArray<readonly [string, string]> = [
  ["cytoscape", "dist/cytoscape.min.js"],
  ["layout-base", "layout-base.js"],
  ["cose-base", "cose-base.js"],
  ["cytoscape-fcose", "cytoscape-fcose.js"],
  ["cytoscape-svg", "cytoscape-svg.js"],
];
/** shared.js first: each other script adds its part to the KgExplorer it makes; address.js reads table.js's columns; explorer.js uses them all. */
const CLIENT_SCRIPTS = ["shared.js", "drawing.js", "legend.js", "evidence.js", "table.js", "timeline.js", "images.js", "search.js", "filters.js", "address.js", "explorer.js"];

export function explorerRoute(): ExplorerRoute {
  const stylesheet = clientFile("explorer.css");
  const scripts = [...LIBRARIES.map(([pkg, file]) => packageAsset(EXPLORER_PREFIX, pkg, file)), ...CLIENT_SCRIPTS.map(clientFile)];
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
