/**
 * FollowTheMoney's shape of a fact, as this export builds it: an entity is an
 * id, a schema and multi-valued properties, and each value keeps where it
 * came from (the origin, the language, the days its sources were published)
 * so the same entity can be written as FtM JSON or as FtM's statement table.
 * The schema and property names are FtM's own (followthemoney/schema/*.yaml);
 * the test checks every entity against the real package.
 */
import type { ExportSource } from "../scope.js";

export type FtmSchema =
  | "Person" | "Organization" | "Company" | "PublicBody" | "Contract" | "Event" | "Asset" | "Article"
  | "Position" | "Occupancy" | "UnknownLink" | "Representation" | "Documentation";

/**
 * The FtM type of every property this export writes, as FtM declares it; the
 * statement table names it in its prop_type column. A name means the same
 * property with the same type in every schema that has it.
 */
export const PROPERTY_TYPES = {
  name: "name", alias: "name", title: "string", description: "text", summary: "text", classification: "string",
  keywords: "string", country: "country", location: "address", startDate: "date", endDate: "date", date: "date",
  contractDate: "date", publishedAt: "date", language: "language", author: "string", bodyText: "text",
  sourceUrl: "url", publisher: "string", proof: "entity", recordId: "string", role: "string", status: "string",
  subject: "entity", object: "entity", agent: "entity", client: "entity", holder: "entity", post: "entity",
  organization: "entity", document: "entity", entity: "entity",
} as const;

export type FtmProperty = keyof typeof PROPERTY_TYPES;

/** Types whose values FtM keeps no language for (followthemoney.statement.util.NON_LANG_TYPE_NAMES). */
const LANGUAGE_FREE_TYPES: ReadonlySet<string> = new Set(["entity", "date", "url", "country", "language"]);

/** Where a value comes from, as FtM's statement table can say it. */
export interface Provenance {
  /** `method:reviewState` of the evidence behind it, such as `curated:accepted`; null when no evidence supports it. */
  readonly origin: string | null;
  /** The earliest and latest day a source stating it was published, in FtM's timestamp form. */
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
}

export const NO_PROVENANCE: Provenance = { origin: null, firstSeen: null, lastSeen: null };

export interface FtmValue {
  readonly value: string;
  /** ISO 639-3, as FtM's statements write languages; null when unknown or mixed. */
  readonly lang: string | null;
  readonly provenance: Provenance;
}

/** Curated before machine, accepted before proposed: the origin a value shown by several sources is given. */
const ORIGIN_RANK = ["curated:accepted", "machine:accepted", "curated:proposed", "machine:proposed", "curated:rejected", "machine:rejected"];

function strongerOrigin(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  return ORIGIN_RANK.indexOf(a) <= ORIGIN_RANK.indexOf(b) ? a : b;
}

const earlier = (a: string | null, b: string | null) => (a === null || (b !== null && b < a) ? b : a);
const later = (a: string | null, b: string | null) => (a === null || (b !== null && b > a) ? b : a);

/** The provenance of a value stated by all of these. */
export function mergeProvenance(a: Provenance, b: Provenance): Provenance {
  return { origin: strongerOrigin(a.origin, b.origin), firstSeen: earlier(a.firstSeen, b.firstSeen), lastSeen: later(a.lastSeen, b.lastSeen) };
}

/**
 * FtM's statement timestamps are `YYYY-MM-DDTHH:MM:SS`; a source is dated to
 * the day at best, so it is seen from the start of that day. A date less
 * precise than a day gives no timestamp rather than an invented day.
 */
function seenAt(published: string | null): string | null {
  return published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? `${published}T00:00:00` : null;
}

export function sourceProvenance(source: ExportSource): Provenance {
  const seen = seenAt(source.published);
  return { origin: `${source.evidence.method}:${source.evidence.reviewState}`, firstSeen: seen, lastSeen: seen };
}

/** What all of the sources together support. */
export function sourcesProvenance(sources: readonly ExportSource[]): Provenance {
  return sources.map(sourceProvenance).reduce(mergeProvenance, NO_PROVENANCE);
}

/** ISO 639-1 codes of the graph's articles and names, in FtM's ISO 639-3. */
const LANGUAGES: Readonly<Record<string, string>> = { vi: "vie", en: "eng", id: "ind", no: "nor" };

export function ftmLanguage(code: string | null | undefined): string | null {
  return code ? (LANGUAGES[code] ?? null) : null;
}

/**
 * FtM ids are letters, digits, dots and hyphens; ours are `kind:slug` with
 * the same letters, so the colon becomes a dot and the id stays readable and
 * stable: `person:dao-hong-lan` is `person.dao-hong-lan`.
 */
export function ftmId(id: string): string {
  return id.replace(":", ".");
}

export class FtmEntity {
  private readonly values = new Map<FtmProperty, Map<string, FtmValue>>();

  constructor(readonly id: string, readonly schema: FtmSchema, readonly provenance: Provenance) {}

  /** Adds a value; the same value added again merges its provenance, and keeps a language only if both agree. */
  add(property: FtmProperty, value: string | null | undefined, provenance: Provenance = this.provenance, lang: string | null = null): this {
    if (value === null || value === undefined || value.trim() === "") return this;
    const byValue = this.values.get(property) ?? new Map<string, FtmValue>();
    this.values.set(property, byValue);
    const language = LANGUAGE_FREE_TYPES.has(PROPERTY_TYPES[property]) ? null : lang;
    const known = byValue.get(value);
    byValue.set(value, known
      ? { value, lang: known.lang === language ? language : null, provenance: mergeProvenance(known.provenance, provenance) }
      : { value, lang: language, provenance });
    return this;
  }

  properties(): [FtmProperty, FtmValue[]][] {
    return [...this.values].map(([property, byValue]) => [property, [...byValue.values()]]);
  }

  /** FtM's JSON form of an entity, as `ftm validate` and Aleph read it. */
  toJson(): { id: string; schema: FtmSchema; properties: Record<string, string[]> } {
    return { id: this.id, schema: this.schema, properties: Object.fromEntries(this.properties().map(([p, vs]) => [p, vs.map((v) => v.value)])) };
  }
}
