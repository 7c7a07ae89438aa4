/**
 * The development set: published articles the extraction rules were not
 * written from (eval/articles/), each a text file kept verbatim and a JSON file
 * of what a person reading it found — known entities it names, new entities
 * with their kind, the relationships it states with their quotes, and dates.
 * See eval/articles/README.md for the format. Loading checks every annotation
 * against its text and the seed, so a typo fails loudly instead of scoring.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parsePartialDate } from "../src/domain/dates.js";
import { NODE_KINDS, RELATIONSHIP_TYPES, type NodeKind, type RelationshipType } from "../src/domain/ontology.js";
import type { Entity } from "../src/domain/records.js";

export const ARTICLES_DIR = fileURLToPath(new URL("../../eval/articles/", import.meta.url));

/** A seed entity id, or `new:KEY` for an entity only the article names. */
export type GoldEnd = string;

export interface GoldNewEntity {
  readonly key: string;
  readonly kind: NodeKind;
  readonly names: readonly string[];
  /** For an agreement or event, which the text describes rather than names: a sentence fragment stating it. */
  readonly quote?: string;
  /** Real, but not something a curator needs from this article: neither counted as missed nor as wrong. */
  readonly optional?: boolean;
}

export interface GoldRelationship {
  readonly type: RelationshipType;
  readonly from: GoldEnd | readonly GoldEnd[];
  /** Several ends when the text supports either (the agreement or its signing ceremony). */
  readonly to: GoldEnd | readonly GoldEnd[];
  readonly quote: string;
}

export interface GoldDate {
  readonly subject: GoldEnd;
  /** A PartialDate text: `2025-09-12`, or `--09-12` when the article gives no year. */
  readonly date: string;
  /** The year is not in the sentence but taken from the article's dateline. */
  readonly yearInferred?: boolean;
  readonly quote: string;
}

export interface DevArticle {
  readonly file: string;
  readonly text: string;
  readonly url: string;
  readonly language: string;
  readonly publisher?: string;
  readonly published?: string;
  readonly title: string;
  readonly mentions: readonly { entity: string; surface: string }[];
  readonly newEntities: readonly GoldNewEntity[];
  readonly relationships: readonly GoldRelationship[];
  readonly dates: readonly GoldDate[];
}

export class DevSetError extends Error {}

export const endsOf = (end: GoldEnd | readonly GoldEnd[]): readonly GoldEnd[] => (typeof end === "string" ? [end] : end);

/** Every article of the set, checked against its text and the seed's entities. */
export function readDevSet(seedEntities: readonly Entity[], dir = ARTICLES_DIR): DevArticle[] {
  const known = new Set(seedEntities.map((e) => e.id));
  return readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((file) => {
    const gold = JSON.parse(readFileSync(join(dir, file), "utf8")) as Omit<DevArticle, "file" | "text">;
    const text = readFileSync(join(dir, file.replace(/\.json$/, ".txt")), "utf8");
    const article = { ...gold, file, text };
    check(article, known);
    return article;
  });
}

function check(article: DevArticle, known: ReadonlySet<string>): void {
  const fail = (what: string) => {
    throw new DevSetError(`eval/articles/${article.file}: ${what}`);
  };
  const inText = (where: string, fragment: string) => {
    if (!article.text.includes(fragment)) fail(`${where} "${fragment}" is not in the text`);
  };
  const keys = new Set(article.newEntities.map((e) => e.key));
  const end = (where: string, id: GoldEnd) => {
    if (id.startsWith("new:") ? !keys.has(id.slice(4)) : !known.has(id)) fail(`${where} ${id} is neither a seed entity nor a new entity of the article`);
  };
  if (!/^https?:\/\//.test(article.url ?? "")) fail("url is missing");
  for (const m of article.mentions) {
    end("mention", m.entity);
    inText("mention surface", m.surface);
  }
  for (const e of article.newEntities) {
    if (!NODE_KINDS.includes(e.kind)) fail(`new entity ${e.key} has kind ${e.kind}, not one of the ontology's`);
    if (!e.names.some((n) => article.text.includes(n))) fail(`no name of new entity ${e.key} is in the text`);
    if (e.quote) inText(`new entity ${e.key} quote`, e.quote);
  }
  for (const r of article.relationships) {
    if (!RELATIONSHIP_TYPES.includes(r.type)) fail(`relationship type ${r.type} is not one of the ontology's`);
    for (const id of [...endsOf(r.from), ...endsOf(r.to)]) end(`${r.type} end`, id);
    inText(`${r.type} quote`, r.quote);
  }
  for (const d of article.dates) {
    end("date subject", d.subject);
    inText("date quote", d.quote);
    parsePartialDate(d.date);
  }
}
