/**
 * `kg ingest` and the ingestArticle mutation: checks an article and its
 * metadata, detects its language when not given, reads it against every name
 * the graph knows, and writes what it found as one recorded curation change
 * — the Article as a source, everything else as findings for review. An
 * article whose URL the graph knows is that article: it is read again, its
 * stored text and title kept, and only what is new to review is written. Bad
 * input throws IngestInputError naming the field, and nothing is written.
 */
import { createHash, randomUUID } from "node:crypto";
import { parsePartialDate } from "../domain/dates.js";
import { slugify } from "../domain/ids.js";
import { NODE_KINDS, NodeKind } from "../domain/ontology.js";
import type { Entity } from "../domain/records.js";
import type { GraphStore } from "../store/port.js";
import type { ChangeRecord } from "../store/curation.js";
import type { ArticleFindings } from "../store/findings.js";
import { analyseArticle, type ArticleMetadata } from "./analyse.js";
import { Gazetteer } from "./gazetteer.js";
import { headline } from "./headline.js";
import { DETECTABLE_LANGUAGES, detectLanguage, LanguageUnknownError, type DetectableLanguage } from "./language.js";
import { promoteConfident } from "./promote.js";
import { withoutSettled } from "./settled.js";
import { knownSignings } from "./signings.js";
import { peopleInPhotoCredits } from "./mentions.js";

export interface ArticleInput {
  readonly text: string;
  readonly title?: string;
  readonly url?: string;
  readonly publisher?: string;
  readonly language?: string;
  readonly published?: string;
  readonly author?: string;
}

export interface IngestOptions {
  /** Promote proposals of at least this confidence to facts (see promote.ts); null promotes nothing. */
  readonly autoAccept?: number | null;
}

export interface IngestReport {
  readonly article: string;
  readonly language: DetectableLanguage;
  readonly languageDetected: boolean;
  /** The article was in the graph already (same URL): nothing about it was rewritten. */
  readonly known: boolean;
  /** What this reading wrote: only what was not settled before. */
  readonly findings: ArticleFindings;
  /** Proposals the confidence threshold made facts, one curation change each. */
  readonly promoted: readonly ChangeRecord[];
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
export async function ingestArticle(store: GraphStore, input: ArticleInput, actor: string, options: IngestOptions = {}): Promise<IngestReport> {
  checkMetadata(input);
  const known = input.url === undefined ? null : await articleWithUrl(store, input.url);
  const text = known ? String(known.attributes.text) : input.text.replace(/\r\n?/g, "\n");
  const { language, detected } = languageOf(input.language ?? (known ? String(known.attributes.language) : undefined), text);
  const article: ArticleMetadata = known ? { ...metadataOf(known), language } : {
    id: "", title: input.title?.trim() || headline(text, input.url), language, url: input.url,
    publisher: input.publisher?.trim(), published: input.published, author: input.author?.trim(),
  };
  const id = known?.id ?? `article:${slugify(article.title).split("-").slice(0, 8).join("-") || "untitled"}-${createHash("sha256").update(text).digest("hex").slice(0, 8)}`;
  const entities = await knownEntities(store);
  const gazetteer = new Gazetteer(entities);
  const analysed = analyseArticle({ ...article, id }, text, gazetteer, await knownSignings(store, entities, peopleInPhotoCredits(text, gazetteer)));
  const findings = await withoutSettled(store, known ? { ...analysed, facts: null } : analysed);
  await store.curate({ id: `change:${randomUUID()}`, actor, at: new Date().toISOString(), operation: { kind: "ingestArticle", findings } });
  const promoted = options.autoAccept ? await promoteConfident(store, await store.proposals({ article: id, limit: findings.proposals.length + 1, offset: 0 }), options.autoAccept) : [];
  return { article: id, language, languageDetected: detected, known: known !== null, findings, promoted };
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

/** Every entity of these kinds, page by page. */
async function entitiesOf(store: GraphStore, kinds: readonly NodeKind[]): Promise<Entity[]> {
  const entities: Entity[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const ids = await store.listEntities({ kinds, limit: PAGE, offset });
    entities.push(...(await store.entitiesById(ids)).filter((e): e is NonNullable<typeof e> => e !== null));
    if (ids.length < PAGE) return entities;
  }
}

/** The names a mention may be of: every entity but the articles. */
const knownEntities = (store: GraphStore) => entitiesOf(store, NODE_KINDS.filter((k) => k !== NodeKind.Article));

/** A URL names one article however it is written: scheme, "www.", a trailing slash, a fragment and case aside. */
export function sameUrl(url: string): string {
  return url.trim().toLowerCase().replace(/#.*$/, "").replace(/^https?:\/\/(?:www\.)?/, "").replace(/\/+$/, "");
}

async function articleWithUrl(store: GraphStore, url: string): Promise<Entity | null> {
  const wanted = sameUrl(url);
  return (await entitiesOf(store, [NodeKind.Article])).find((a) => typeof a.attributes.url === "string" && sameUrl(a.attributes.url) === wanted) ?? null;
}

function metadataOf(article: Entity): Omit<ArticleMetadata, "language"> {
  const text = (key: string) => (typeof article.attributes[key] === "string" ? String(article.attributes[key]) : undefined);
  return {
    id: article.id, title: text("title") ?? article.name, url: text("url"), publisher: text("publisher"), published: text("published"), author: text("author"),
  };
}
