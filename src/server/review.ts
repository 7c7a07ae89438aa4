/**
 * The review desk at GET /review: where a curator goes through what ingest
 * found — accepts, rejects, links and edits — with the sentence marked in its
 * article. It talks only to the public GraphQL API, its mutations carrying the
 * curator's key as any client's do. It wears the explorer's shell: the
 * explorer's stylesheet and its shared and search scripts, with the desk's own
 * after them, all served under /review/ (see assets.ts).
 */
import { readFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { NODE_KINDS, RELATIONSHIP_TYPES } from "../domain/ontology.js";
import { asset, PAGE_CSP, sendAsset, sendPage } from "./assets.js";
import { EXPLORER_QUERIES } from "./explorer/queries.js";
import { reviewPage } from "./review/page.js";
import { QUEUE_PAGE, REVIEW_QUERIES } from "./review/queries.js";

export interface ReviewRoute {
  page(response: ServerResponse): void;
  asset(path: string, response: ServerResponse): void;
}

export const REVIEW_PREFIX = "/review";

/** Compiled to dist/src/server/, so three levels up is the root; the browser files are served as they are. */
const SOURCES = new URL("../../../src/server/", import.meta.url);
const file = (folder: string, name: string) => asset(REVIEW_PREFIX, name, readFileSync(new URL(`${folder}/${name}`, SOURCES)));

export function reviewRoute(): ReviewRoute {
  const stylesheets = [file("explorer", "explorer.css"), file("review", "review.css")] as const;
  // shared.js makes the KgExplorer the others add to; curator.js holds the key and the queue's fetching; finding.js draws one finding; desk.js uses them all.
  const scripts = [file("explorer", "shared.js"), file("explorer", "search.js"), file("review", "curator.js"), file("review", "finding.js"), file("review", "desk.js")];
  const assets = new Map([...stylesheets, ...scripts].map((a) => [a.path, a]));
  const page = reviewPage(
    { stylesheets: [stylesheets[0].path, stylesheets[1].path], scripts: scripts.map((s) => s.path) },
    { endpoint: "/graphql", queries: { search: EXPLORER_QUERIES.search, ...REVIEW_QUERIES }, kinds: NODE_KINDS, types: RELATIONSHIP_TYPES, queuePage: QUEUE_PAGE },
  );
  return {
    page: (response) => sendPage(response, page, PAGE_CSP),
    asset: (path, response) => sendAsset(assets, path, response),
  };
}
