/**
 * The GraphQL IDE (GraphiQL 3) that the API serves itself at GET /graphql for
 * browsers. Every file it needs comes from npm packages in node_modules and is
 * served under /ide/ (see assets.ts), so the IDE works with no internet.
 */
import type { ServerResponse } from "node:http";
import { asset, packageAsset, PAGE_CSP, sendAsset, sendPage } from "./assets.js";
import { IDE_EXAMPLES } from "./ide/examples.js";
import { idePage, START_SCRIPT } from "./ide/page.js";

export interface IdeRoute {
  page(response: ServerResponse): void;
  asset(path: string, response: ServerResponse): void;
}

const ENDPOINT = "/graphql";
const PREFIX = "/ide";

export function ideRoute(): IdeRoute {
  const stylesheet = packageAsset(PREFIX, "graphiql", "graphiql.min.css");
  const scripts = [
    packageAsset(PREFIX, "react", "umd/react.production.min.js"),
    packageAsset(PREFIX, "react-dom", "umd/react-dom.production.min.js"),
    packageAsset(PREFIX, "graphiql", "graphiql.min.js"),
    asset(PREFIX, "start.js", Buffer.from(START_SCRIPT)),
  ];
  const assets = new Map([stylesheet, ...scripts].map((a) => [a.path, a]));
  const page = idePage({ stylesheet: stylesheet.path, scripts: scripts.map((s) => s.path) }, IDE_EXAMPLES, ENDPOINT);
  return {
    // GET /graphql answers browsers with this page and clients with the API.
    page: (response) => sendPage(response, page, PAGE_CSP, { vary: "accept" }),
    asset: (path, response) => sendAsset(assets, path, response),
  };
}
