/**
 * Pages the server renders itself (the GraphQL IDE, the explorer) and the
 * files they load, all read at start-up from this project and from npm
 * packages in node_modules, so the pages work with no internet and trust no
 * CDN, and a missing package stops the server early rather than breaking a
 * page later. Each file's URL carries a hash of it, so browsers may cache it
 * for a year yet still fetch a new one after an upgrade.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { join } from "node:path";

export interface Asset {
  readonly path: string;
  readonly type: string;
  readonly body: Buffer;
}

const CONTENT_TYPES: Record<string, string> = {
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
};

const require = createRequire(import.meta.url);

/**
 * A file inside an installed package, found where Node would look for the
 * package, not through require.resolve: `exports` maps hide graphiql's and
 * react's UMD bundles, and cytoscape's hides even its package.json.
 */
function packageFile(pkg: string, file: string): string {
  const root = (require.resolve.paths(pkg) ?? []).map((dir) => join(dir, pkg)).find((dir) => existsSync(join(dir, "package.json")));
  if (!root) throw new Error(`The npm package ${pkg} is not installed: run npm ci`);
  return join(root, file);
}

/** A file served under `prefix` (e.g. "/ide"), at a URL naming its hash. */
export function asset(prefix: string, name: string, body: Buffer): Asset {
  const type = CONTENT_TYPES[name.slice(name.lastIndexOf(".") + 1)];
  if (!type) throw new Error(`No content type for ${prefix} file ${name}`);
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 16);
  return { path: `${prefix}/${hash}/${name}`, type, body };
}

export function packageAsset(prefix: string, pkg: string, file: string): Asset {
  return asset(prefix, file.slice(file.lastIndexOf("/") + 1), readFileSync(packageFile(pkg, file)));
}

/** Answers a request for one of the assets, or 404. */
export function sendAsset(assets: ReadonlyMap<string, Asset>, path: string, response: ServerResponse): void {
  const found = assets.get(path);
  if (!found) {
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" }).end(`No file at ${path}\n`);
    return;
  }
  response.writeHead(200, {
    "content-type": found.type,
    "content-length": found.body.length,
    "cache-control": "public, max-age=31536000, immutable",
    "x-content-type-options": "nosniff",
  });
  response.end(found.body);
}

export function sendPage(response: ServerResponse, html: string, csp: string, headers: Record<string, string> = {}): void {
  response.writeHead(200, {
    "content-type": "text/html; charset=utf-8",
    // The page names the current asset hashes, so it must be revalidated.
    "cache-control": "no-cache",
    "content-security-policy": csp,
    "x-content-type-options": "nosniff",
    ...headers,
  });
  response.end(html);
}

/**
 * Scripts and connections only to this server, so the browser itself enforces
 * that a page never reaches the internet; inline styles stay allowed because
 * GraphiQL's editor and Cytoscape set style attributes, and fonts come as
 * data: URLs inside GraphiQL's CSS.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** JSON that cannot end its <script> element early or open an HTML comment in it. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

export interface HtmlPage {
  readonly title: string;
  readonly stylesheet: string;
  /** In load order. */
  readonly scripts: readonly string[];
  /** Extra elements for <head>. */
  readonly head?: string;
  readonly body: string;
  /** The page's settings, as a JSON data block its scripts read: never executed, so the CSP can forbid inline scripts. */
  readonly config: { readonly elementId: string; readonly value: unknown };
}

export function htmlPage(page: HtmlPage): string {
  const scripts = page.scripts.map((src) => `<script src="${escapeHtml(src)}"></script>`).join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeHtml(page.stylesheet)}">
${page.head ?? ""}</head>
<body>
${page.body}
<script id="${page.config.elementId}" type="application/json">${scriptSafeJson(page.config.value)}</script>
${scripts}
</body>
</html>
`;
}
