/**
 * `kg ingest` and the ingestArticle mutation: checks an article and its
 * metadata, detects its language when not given, reads it against every name
 * the graph knows, and writes what it found as one recorded curation change. Bad input
 * throws IngestInputError naming the field, and nothing is written.
 */
import { createHash, randomUUID } from "node:crypto";
import { parsePartialDate } from "../domain/dates.js";
import { slugify } from "../domain/ids.js";
import { NODE_KINDS, NodeKind } from "../domain/ontology.js";
import type { Entity } from "../domain/records.js";
import type { GraphStore } from "../store/port.js";
import type { ArticleFindings } from "../store/findings.js";
import { analyseArticle } from "./analyse.js";
import { Gazetteer } from "./gazetteer.js";
import { DETECTABLE_LANGUAGES, detectLanguage, LanguageUnknownError, type DetectableLanguage } from "./language.js";

export interface ArticleInput {
  readonly text: string;
  readonly title?: string;
  readonly url?: string;
  readonly publisher?: string;
  readonly language?: string;
  readonly published?: string;
  readonly author?: string;
}

export interface IngestReport {
  readonly article: string;
  readonly language: DetectableLanguage;
  readonly languageDetected: boolean;
  readonly findings: ArticleFindings;
}

export class IngestInputError extends Error {
  constructor(readonly field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = "IngestInputError";
  }
}

export const LONGEST_ARTICLE = 200_000;
const PAGE = 1000;

/** `actor` is who ingests, as the change record names them. */
export async function ingestArticle(store: GraphStore, input: ArticleInput, actor: string): Promise<IngestReport> {
  const text = input.text.replace(/\r\n?/g, "\n");
  const { language, detected } = languageOf(input.language, text);
  const title = input.title?.trim() || firstLine(text);
  checkMetadata(input);
  const article = {
    id: `article:${slugify(title).split("-").slice(0, 8).join("-") || "untitled"}-${createHash("sha256").update(text).digest("hex").slice(0, 8)}`,
    title, language, url: input.url, publisher: input.publisher?.trim(), published: input.published, author: input.author?.trim(),
  };
  const findings = analyseArticle(article, text, new Gazetteer(await knownEntities(store)));
  await store.curate({ id: `change:${randomUUID()}`, actor, at: new Date().toISOString(), operation: { kind: "ingestArticle", findings } });
  return { article: article.id, language, languageDetected: detected, findings };
}

function languageOf(given: string | undefined, text: string): { language: DetectableLanguage; detected: boolean } {
  if (!text.trim()) throw new IngestInputError("text", "is empty");
  if (text.length > LONGEST_ARTICLE) throw new IngestInputError("text", `is ${text.length} characters; an article may have at most ${LONGEST_ARTICLE}`);
  if (given !== undefined) {
    if (!(DETECTABLE_LANGUAGES as readonly string[]).includes(given)) {
      throw new IngestInputError("language", `"${given}" has no extraction rules; use one of ${DETECTABLE_LANGUAGES.join(", ")}, or leave it out to detect it`);
    }
    return { language: given as DetectableLanguage, detected: false };
  }
  try {
    return { language: detectLanguage(text).language, detected: true };
  } catch (error) {
    if (error instanceof LanguageUnknownError) throw new IngestInputError("language", error.message);
    throw error;
  }
}

function checkMetadata(input: ArticleInput): void {
  if (input.url !== undefined && !/^https?:\/\/\S+$/.test(input.url)) throw new IngestInputError("url", `"${input.url}" is not an http(s) URL`);
  if (input.published !== undefined) {
    try {
      parsePartialDate(input.published);
    } catch (error) {
      throw new IngestInputError("published", `"${input.published}" is not a date such as 2025, 2025-09 or 2025-09-12 (${(error as Error).message})`);
    }
  }
}

function firstLine(text: string): string {
  return text.split("\n").map((l) => l.trim()).find(Boolean)!.slice(0, 300);
}

/** Every entity but the articles, page by page: the names a mention may be of. */
async function knownEntities(store: GraphStore): Promise<Entity[]> {
  const kinds = NODE_KINDS.filter((k) => k !== NodeKind.Article);
  const entities: Entity[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const ids = await store.listEntities({ kinds, limit: PAGE, offset });
    entities.push(...(await store.entitiesById(ids)).filter((e): e is NonNullable<typeof e> => e !== null));
    if (ids.length < PAGE) return entities;
  }
}
