/**
 * The articles `kg ingest` is given: files, and every `.txt` file of a
 * folder (not its subfolders), in name order. Beside `NAME.txt`, a `NAME.json`
 * may say where the article comes from (url, title, publisher, published,
 * language, author; other keys — a development-set annotation's — are not
 * read), and options on the command line win over it. A file that cannot be
 * read is a problem of that file alone, told in one line, so the others still
 * go in.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { ArticleInput } from "../ingest/ingest.js";
import { failureOf } from "./failures.js";

/** The metadata a command line or a NAME.json may give. */
export type ArticleMetadata = Omit<ArticleInput, "text">;

const METADATA_KEYS = ["url", "title", "publisher", "published", "language", "author"] as const;

/** One article to ingest, or why it cannot be. */
export type ArticleFile =
  | { readonly path: string; readonly input: ArticleInput }
  | { readonly path: string; readonly problem: string };

/** The files a path names: itself, or a folder's .txt files in name order. */
async function filesOf(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const names = (await readdir(path)).filter((name) => name.endsWith(".txt")).sort();
  if (names.length === 0) throw new ArticleFileError(`${path}: no .txt article in this folder`);
  return names.map((name) => join(path, name));
}

class ArticleFileError extends Error {}

const utf8 = new TextDecoder("utf-8", { fatal: true });

async function textOf(path: string): Promise<string> {
  try {
    return utf8.decode(await readFile(path));
  } catch (error) {
    if (error instanceof TypeError) throw new ArticleFileError(`${path}: is not UTF-8 text`);
    throw error;
  }
}

/** NAME.json beside NAME.txt, when there is one: its metadata keys, each a string. */
async function metadataBeside(path: string): Promise<ArticleMetadata> {
  const sidecar = `${path.replace(/\.txt$/, "")}.json`;
  if (sidecar === path) return {};
  let content: string;
  try {
    content = await readFile(sidecar, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (error) {
    throw new ArticleFileError(`${sidecar}: is not JSON (${(error as Error).message})`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new ArticleFileError(`${sidecar}: must hold a JSON object`);
  const metadata: Record<string, string> = {};
  for (const key of METADATA_KEYS) {
    const value = (parsed as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (typeof value !== "string") throw new ArticleFileError(`${sidecar}: ${key} must be a string, not ${JSON.stringify(value)}`);
    metadata[key] = value;
  }
  return metadata;
}

/** Every article the paths name, each read with its metadata, or with the one-line problem that stops it. */
export async function articleFiles(paths: readonly string[], given: ArticleMetadata): Promise<ArticleFile[]> {
  const articles: ArticleFile[] = [];
  for (const path of paths) {
    let files: string[];
    try {
      files = await filesOf(path);
    } catch (error) {
      articles.push({ path, problem: problemOf(error) });
      continue;
    }
    for (const file of files) {
      try {
        const [text, beside] = await Promise.all([textOf(file), metadataBeside(file)]);
        const metadata = Object.fromEntries(Object.entries({ ...beside, ...given }).filter(([, v]) => v !== undefined));
        articles.push({ path: file, input: { ...metadata, text } });
      } catch (error) {
        articles.push({ path: file, problem: problemOf(error) });
      }
    }
  }
  return articles;
}

/** A file's problem in one line: ours as written, the file system's in words (failures.ts). */
function problemOf(error: unknown): string {
  return error instanceof ArticleFileError ? error.message : failureOf(error).message;
}
