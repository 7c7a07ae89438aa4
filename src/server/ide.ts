/**
 * The GraphQL IDE (GraphiQL 3) that the API serves itself at GET /graphql for
 * browsers. Every file it needs comes from npm packages in node_modules and is
 * served under /ide/, so the IDE works with no internet and trusts no CDN.
 * Files are read once, at start-up, so a missing package stops the server
 * early rather than breaking the page later. Each URL carries a hash of its
 * file, so browsers may cache it for a year yet still fetch a new one after an
 * upgrade.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { IDE_EXAMPLES } from "./ide/examples.js";
import { IDE_PAGE_CSP, idePage, START_SCRIPT } from "./ide/page.js";

export interface IdeRoute {
  page(response: ServerResponse): void;
  asset(path: string, response: ServerResponse): void;
}

interface Asset {
  readonly path: string;
  readonly type: string;
  readonly body: Buffer;
}

const ENDPOINT = "/graphql";
const CONTENT_TYPES: Record<string, string> = {
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
};

const require = createRequire(import.meta.url);

/**
 * A file inside an installed package. Goes through package.json, which every
 * package exports, because graphiql's and react's `exports` maps hide their
 * UMD bundles from require.resolve.
 */
function packageFile(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

function asset(name: string, body: Buffer): Asset {
  const type = CONTENT_TYPES[name.slice(name.lastIndexOf(".") + 1)];
  if (!type) throw new Error(`No content type for IDE file ${name}`);
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 16);
  return { path: `/ide/${hash}/${name}`, type, body };
}

function packageAsset(pkg: string, file: string): Asset {
  return asset(file.slice(file.lastIndexOf("/") + 1), readFileSync(packageFile(pkg, file)));
}

export function ideRoute(): IdeRoute {
  const stylesheet = packageAsset("graphiql", "graphiql.min.css");
  const scripts = [
    packageAsset("react", "umd/react.production.min.js"),
    packageAsset("react-dom", "umd/react-dom.production.min.js"),
    packageAsset("graphiql", "graphiql.min.js"),
    asset("start.js", Buffer.from(START_SCRIPT)),
  ];
  const assets = new Map([stylesheet, ...scripts].map((a) => [a.path, a]));
  const page = idePage({ stylesheet: stylesheet.path, scripts: scripts.map((s) => s.path) }, IDE_EXAMPLES, ENDPOINT);
  return {
    page(response) {
      response.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        // The page names the current asset hashes, so it must be revalidated.
        "cache-control": "no-cache",
        // GET /graphql answers browsers with this page and clients with the API.
        vary: "accept",
        "content-security-policy": IDE_PAGE_CSP,
        "x-content-type-options": "nosniff",
      });
      response.end(page);
    },
    asset(path, response) {
      const found = assets.get(path);
      if (!found) {
        response.writeHead(404, { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" }).end(`No IDE file at ${path}\n`);
        return;
      }
      response.writeHead(200, {
        "content-type": found.type,
        "content-length": found.body.length,
        "cache-control": "public, max-age=31536000, immutable",
        "x-content-type-options": "nosniff",
      });
      response.end(found.body);
    },
  };
}
